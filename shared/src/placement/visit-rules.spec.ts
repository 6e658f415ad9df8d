import type { ChecklistItem } from './checklist-api.js';
import { visitDraftSchema, type VisitDraftInput } from './visit-api.js';
import {
  draftIssues,
  requiredNotifications,
  submissionIssues,
  type SubmissionContext,
} from './visit-rules.js';

const ONNI = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const EMMA = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const items: SubmissionContext['items'] = [
  { key: 'child.knows-plan', answerType: 'yes_no_na', perChild: true } as ChecklistItem,
  { key: 'unit.premises', answerType: 'scale', scale: { min: 1, max: 5 }, perChild: false } as ChecklistItem,
  {
    key: 'restrictions.log',
    answerType: 'yes_no_na',
    perChild: false,
    unitTypes: ['institution'],
  } as ChecklistItem,
  { key: 'outcome.summary', answerType: 'text', perChild: false } as ChecklistItem,
];
const ctx: SubmissionContext = {
  today: '2025-03-10',
  childIds: [ONNI, EMMA],
  items,
  unitType: 'professional_family_home',
  attachmentIds: ['photo-0001'],
};
const complete: VisitDraftInput = {
  visitDate: '2025-03-10',
  children: [
    {
      childId: ONNI,
      seen: true,
      metAlone: true,
      account: { method: 'conversation_alone', words: 'Täällä on hyvä.' },
    },
    { childId: EMMA, seen: true, metAlone: false, notAloneReason: 'Lapsi halusi aikuisen mukaan.' },
  ],
  answers: [
    { itemKey: 'child.knows-plan', childId: ONNI, value: 'yes' },
    { itemKey: 'unit.premises', value: 4, note: 'Siisti.' },
  ],
  attachmentIds: ['photo-0001'],
  findings: [
    {
      clientId: 'finding-01',
      observation: 'Omavalvontasuunnitelma päivittämättä.',
      legalReference: 'VL 27 §',
      severity: 'deficiency',
      actions: [{ description: 'Päivitä suunnitelma', owner: 'Perhekoti', deadline: '2025-04-10' }],
    },
  ],
  signature: { name: 'Pekka Valvoja', signedAt: '2025-03-10T12:00:00Z' },
};
const paths = (issues: { path: string }[]) => issues.map((i) => i.path);
const draft = (patch: Partial<VisitDraftInput>) => visitDraftSchema.parse({ ...complete, ...patch });

describe('visit submission rules', () => {
  it('accepts complete minutes', () => {
    expect(submissionIssues(draft({}), ctx)).toEqual([]);
  });

  it('requires for each child: seen, met alone, and the reason when not', () => {
    const issues = submissionIssues(
      draft({
        children: [
          { childId: ONNI, seen: true },
          { childId: EMMA, seen: true, metAlone: false },
        ],
      }),
      ctx,
    );
    expect(paths(issues)).toEqual(['children.0.metAlone', 'children.1.notAloneReason']);
    expect(paths(submissionIssues(draft({ children: [{ childId: ONNI, seen: false }] }), ctx))).toEqual([
      'children.0.notSeenReason',
      `children.${EMMA}`,
    ]);
  });

  it('refuses a visit dated in the future or undated, and action deadlines before the visit date', () => {
    expect(paths(submissionIssues(draft({ visitDate: '2025-03-11' }), ctx))).toEqual(['visitDate']);
    expect(paths(submissionIssues(draft({ visitDate: null }), ctx))).toEqual(['visitDate']);
    const early = structuredClone(complete);
    early.findings![0]!.actions![0]!.deadline = '2025-03-09';
    early.findings![0]!.followUpDate = '2025-03-01';
    expect(paths(submissionIssues(draft(early), ctx))).toEqual([
      'findings.0.actions.0.deadline',
      'findings.0.followUpDate',
    ]);
  });

  it('requires the signature', () => {
    expect(paths(submissionIssues(draft({ signature: null }), ctx))).toEqual(['signature']);
  });

  it('checks answers against the template version of the visit, also in drafts', () => {
    const issues = draftIssues(
      draft({
        answers: [
          { itemKey: 'no.such', value: 'yes' },
          { itemKey: 'child.knows-plan', value: 'yes' }, // per child, but no child named
          { itemKey: 'unit.premises', value: 9 },
          { itemKey: 'restrictions.log', value: 'yes' }, // institutions only
          { itemKey: 'outcome.summary', value: 3 },
          { itemKey: 'child.knows-plan', childId: EMMA, value: 'maybe' },
          { itemKey: 'child.knows-plan', childId: EMMA, value: null },
        ],
      }),
      ctx,
    );
    expect(paths(issues)).toEqual([
      'answers.0.itemKey',
      'answers.1.childId',
      'answers.2.value',
      'answers.3.itemKey',
      'answers.4.value',
      'answers.5.value',
      'answers.6.itemKey',
    ]);
  });

  it('keeps findings, children and attachments to this visit', () => {
    const stranger = 'cccccccccccccccccccccccc';
    const issues = draftIssues(
      draft({
        children: [{ childId: stranger, seen: true, metAlone: true }],
        attachmentIds: ['not-uploaded'],
        findings: [
          { ...complete.findings![0]!, childIds: [stranger] },
          { ...complete.findings![0]!, attachmentIds: ['photo-0001', 'photo-0002'] },
        ],
      }),
      ctx,
    );
    expect(paths(issues)).toEqual([
      'children.0.childId',
      'findings.0.childIds.0',
      'findings.1.clientId',
      'attachmentIds.0',
      'findings.1.attachmentIds.1',
    ]);
  });

  it('adds the LSL 79 § notifications a deficiency needs, keeping those already recorded', () => {
    const unit = { hostCounty: 'Keski-Uusimaa', otherPlacingCounties: ['Vantaa ja Kerava'] };
    const recorded = draft({
      notifications: [
        { recipient: 'avi', organisation: 'Etelä-Suomen AVI', sent: true, sentOn: '2025-03-10' },
      ],
    });
    expect(requiredNotifications(recorded, unit)).toEqual([
      { recipient: 'avi', organisation: 'Etelä-Suomen AVI', sent: true, sentOn: '2025-03-10' },
      { recipient: 'host_county', organisation: 'Keski-Uusimaa', sent: false },
      { recipient: 'other_placing_county', organisation: 'Vantaa ja Kerava', sent: false },
    ]);
    const infoOnly = draft({ findings: [{ ...complete.findings![0]!, severity: 'info' }] });
    expect(requiredNotifications(infoOnly, unit)).toEqual([]);
  });
});
