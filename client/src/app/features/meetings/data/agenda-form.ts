import { FieldIssue } from './meeting-error';
import { AgendaItemInput, Meeting, MeetingRole } from './meetings.model';

/** A family chosen for discussion, as the form holds it (`key` tells the form's rows apart). */
export interface FamilyDraft {
  key: number;
  /** An existing item keeps its id: the id names its sections in the shared notes. */
  id?: string;
  childIds: string[];
  presentingWorkerId: string;
  question: string;
}

/** The standard agenda parts, in agenda order around the families (domain.md §1). */
export type StandardKind = 'urgent_round' | 'deadline_review' | 'allocation';
const STANDARD_IDS: Record<StandardKind, string> = {
  urgent_round: 'urgent',
  deadline_review: 'deadlines',
  allocation: 'allocation',
};

/** The ids of a draft's existing standard and "other" items. */
export type ExistingIds = Partial<Record<StandardKind | 'other', string>>;

/** What the new-meeting form edits. */
export interface AgendaFormValue {
  teamId: string;
  date: string;
  startTime: string;
  /** userId -> role of the attendees. */
  roles: Record<string, MeetingRole>;
  standard: Record<StandardKind, boolean>;
  families: FamilyDraft[];
  other: string;
  existing: ExistingIds;
}

/**
 * The agenda a form describes: urgent round, the families, deadline/caseload review, allocation. Items
 * that exist keep their ids (`existing`, and each family's `id`); new families get `family-<n>`.
 */
export function buildAgenda(
  standard: Record<StandardKind, boolean>,
  families: readonly Omit<FamilyDraft, 'key'>[],
  other: string,
  existing: ExistingIds = {},
): AgendaItemInput[] {
  const id = (kind: StandardKind) => existing[kind] ?? STANDARD_IDS[kind];
  const used = new Set(families.map((f) => f.id).filter(Boolean));
  let n = 0;
  const fresh = () => {
    do n++;
    while (used.has(`family-${n}`));
    return `family-${n}`;
  };
  const agenda: AgendaItemInput[] = [];
  if (standard.urgent_round) agenda.push({ id: id('urgent_round'), kind: 'urgent_round' });
  for (const f of families)
    agenda.push({
      id: f.id ?? fresh(),
      kind: 'family',
      childIds: f.childIds,
      presentingWorkerId: f.presentingWorkerId,
      question: f.question.trim(),
    });
  if (standard.deadline_review) agenda.push({ id: id('deadline_review'), kind: 'deadline_review' });
  if (standard.allocation) agenda.push({ id: id('allocation'), kind: 'allocation' });
  if (other.trim()) agenda.push({ id: existing.other ?? 'other-1', kind: 'other', title: other.trim() });
  return agenda;
}

/** Which family row each item of `buildAgenda`'s result came from (null for the other items). */
export function familyKeysOf(standard: Record<StandardKind, boolean>, families: readonly FamilyDraft[]) {
  return [...(standard.urgent_round ? [null] : []), ...families.map((f) => f.key)];
}

/** A draft meeting's agenda and attendees as the form holds them (items keep their ids). */
export function formFromMeeting(m: Meeting, nextKey: () => number): AgendaFormValue {
  const has = (kind: StandardKind) => m.agenda.find((i) => i.kind === kind);
  const other = m.agenda.find((i) => i.kind === 'other');
  return {
    teamId: m.teamId,
    date: m.date,
    startTime: m.startTime ?? '',
    roles: Object.fromEntries(m.attendees.map((a) => [a.userId, a.role])),
    standard: {
      urgent_round: !!has('urgent_round'),
      deadline_review: !!has('deadline_review'),
      allocation: !!has('allocation'),
    },
    existing: {
      urgent_round: has('urgent_round')?.id,
      deadline_review: has('deadline_review')?.id,
      allocation: has('allocation')?.id,
      other: other?.id,
    },
    families: m.agenda.flatMap((item) =>
      item.kind === 'family'
        ? [
            {
              key: nextKey(),
              id: item.id,
              childIds: item.childIds,
              presentingWorkerId: item.presentingWorkerId,
              question: item.question,
            },
          ]
        : [],
    ),
    other: other?.kind === 'other' ? other.title : '',
  };
}

/** The first thing that keeps the form from being sent (a translation key), or null. */
export function formProblem(form: AgendaFormValue): string | null {
  if (!form.teamId || !form.date) return 'meetings.new.needDate';
  if (form.families.some((f) => !f.childIds.length || !f.presentingWorkerId || !f.question.trim()))
    return 'meetings.new.familyIncomplete';
  const standardParts = Object.values(form.standard).some(Boolean);
  if (!standardParts && !form.families.length && !form.other.trim()) return 'meetings.new.needAgenda';
  return null;
}

/** The server's field issues at the form's fields: families by row key, the rest by field. */
export interface FormErrors {
  date: string[];
  attendees: string[];
  families: Partial<Record<number, string[]>>;
  other: string[];
}

/** Fields the server may refuse, worded in the user's language (the server's message otherwise). */
const WORDED = new Set(['childIds', 'presentingWorkerId', 'question', 'title', 'date', 'startTime', 'attendees']);

export function formErrors(issues: readonly FieldIssue[], familyKeys: readonly (number | null)[]): FormErrors {
  const errors: FormErrors = { date: [], attendees: [], families: {}, other: [] };
  for (const issue of issues) {
    const [head, index, field] = issue.path.split('.');
    const name = head === 'agenda' ? field : head;
    const text = WORDED.has(name) ? `meetings.new.issues.${name}` : issue.message;
    const familyKey = head === 'agenda' ? familyKeys[Number(index)] : null;
    if (familyKey !== null && familyKey !== undefined)
      (errors.families[familyKey] ??= []).push(text);
    else if (head === 'date' || head === 'startTime') errors.date.push(text);
    else if (head === 'attendees') errors.attendees.push(text);
    else errors.other.push(text);
  }
  return errors;
}
