import { Finding, LocalDraft, Visit, VisitDue } from '../data/visit.model';

export const VISIT_ID = '64b000000000000000000001';
export const CHILD_ID = '64b0000000000000000000c1';

export function visit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: VISIT_ID,
    status: 'planned',
    revision: 1,
    unit: { id: 'u1', name: 'Perhekoti Koivu', type: 'professional_family_home' },
    children: [{ childId: CHILD_ID, name: 'Aino', placementId: 'p1' }],
    plannedDate: '2026-11-20',
    announced: true,
    inspector: { id: 'i1', name: 'Pekka' },
    template: { id: 't1', key: 'default', version: 1 },
    draft: {
      visitDate: null,
      children: [],
      answers: [],
      attachmentIds: [],
      findings: [],
      notifications: [],
      signature: null,
    },
    attachments: [],
    findings: [],
    submittedAt: null,
    submittedByName: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  } as Visit;
}

export function localDraft(overrides: Partial<LocalDraft> = {}): LocalDraft {
  const v = visit();
  return {
    visitId: VISIT_ID,
    draft: { ...v.draft, children: [{ childId: CHILD_ID, seen: true, metAlone: null }] },
    baseRevision: 1,
    localRevision: 0,
    updatedAt: '2026-11-20T10:00:00.000Z',
    syncState: 'synced',
    submitRequested: false,
    visit: v,
    template: null,
    conflict: null,
    errors: {},
    ...overrides,
  };
}

/** A store of its own per spec: deleted afterwards. */
export function uniqueDbName(): string {
  return `keha-visits-spec-${crypto.randomUUID()}`;
}

export function due(overrides: Partial<VisitDue> = {}): VisitDue {
  return {
    placementId: 'p1',
    childId: 'c1',
    childName: 'Aino Testi',
    unit: { id: 'u1', name: 'Perhekoti Koivu', type: 'professional_family_home' },
    placementType: 'substitute_care',
    interval: { days: 90, source: 'client_plan' },
    lastVisitDate: '2026-07-01',
    dueDate: '2026-09-29',
    status: 'overdue',
    nextPlannedVisit: null,
    inspector: { id: 'i1', name: 'Pekka' },
    ...overrides,
  };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'f1',
    visitId: VISIT_ID,
    clientId: 'client-f1',
    unit: { id: 'u1', name: 'Perhekoti Koivu' },
    childIds: [CHILD_ID],
    concernsUnit: false,
    date: '2026-11-02',
    observation: 'Palovaroitin puuttuu.',
    evidence: '',
    legalReference: 'VL 27 §',
    severity: 'deficiency',
    actions: [{ description: 'Asenna palovaroitin', owner: 'Perhekoti', deadline: '2026-11-10' }],
    attachmentIds: [],
    followUpDate: null,
    nextDeadline: '2026-11-10',
    status: 'open',
    closure: null,
    notifications: [],
    inspectorName: 'Pekka',
    createdAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
