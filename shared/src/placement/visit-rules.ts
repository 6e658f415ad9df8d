import type { ApiFieldIssue } from '../api/errors.js';
import type { CalendarDate } from '../deadlines/calendar-date.js';
import { YES_NO_NA, type ChecklistAnswer, type ChecklistItem } from './checklist-api.js';
import type { PlacementUnitType } from './unit-api.js';
import type { VisitDraft } from './visit-api.js';

export interface SubmissionContext {
  /** Today in Finland: a visit cannot be dated later. */
  today: CalendarDate;
  /** The children the visit covers. */
  childIds: readonly string[];
  /** The template version the visit uses, and the unit's type (some items are for institutions). */
  items: readonly Pick<ChecklistItem, 'key' | 'answerType' | 'scale' | 'perChild' | 'unitTypes'>[];
  unitType: PlacementUnitType;
  /** Attachments stored for the visit. */
  attachmentIds: readonly string[];
}

const issue = (path: (string | number)[], message: string): ApiFieldIssue => ({
  path: path.join('.'),
  message,
});

/**
 * What a draft may hold at any time: answers that fit the template, children and findings that belong
 * to the visit, attachments that exist. Drafts are saved offline half-filled, so nothing is required.
 */
export function draftIssues(draft: VisitDraft, ctx: SubmissionContext): ApiFieldIssue[] {
  const issues: ApiFieldIssue[] = [];
  const children = new Set(ctx.childIds);
  const listed = new Set<string>();
  draft.children.forEach((c, i) => {
    if (!children.has(c.childId))
      issues.push(issue(['children', i, 'childId'], 'Not a child of this visit.'));
    if (listed.has(c.childId)) issues.push(issue(['children', i, 'childId'], 'The child is listed twice.'));
    listed.add(c.childId);
  });
  issues.push(...answerIssues(draft.answers, ctx));
  draft.findings.forEach((f, i) =>
    f.childIds.forEach((id, j) => {
      if (!children.has(id)) issues.push(issue(['findings', i, 'childIds', j], 'Not a child of this visit.'));
    }),
  );
  const clientIds = new Set<string>();
  draft.findings.forEach((f, i) => {
    if (clientIds.has(f.clientId)) issues.push(issue(['findings', i, 'clientId'], 'Used twice.'));
    clientIds.add(f.clientId);
  });
  const stored = new Set(ctx.attachmentIds);
  draft.attachmentIds.forEach((id, i) => {
    if (!stored.has(id)) issues.push(issue(['attachmentIds', i], 'Upload the attachment first.'));
  });
  draft.findings.forEach((f, i) =>
    f.attachmentIds.forEach((id, j) => {
      if (!stored.has(id))
        issues.push(issue(['findings', i, 'attachmentIds', j], 'Upload the attachment first.'));
    }),
  );
  return issues;
}

function answerIssues(answers: readonly ChecklistAnswer[], ctx: SubmissionContext): ApiFieldIssue[] {
  const issues: ApiFieldIssue[] = [];
  const items = new Map(ctx.items.map((item) => [item.key, item]));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const problem = answerProblem(a, items.get(a.itemKey), ctx, seen);
    if (problem) issues.push(issue(['answers', i, problem.field], problem.message));
  });
  return issues;
}

type Item = SubmissionContext['items'][number];

function answerProblem(
  a: ChecklistAnswer,
  item: Item | undefined,
  ctx: SubmissionContext,
  seen: Set<string>,
): { field: string; message: string } | null {
  const at = (field: string, message: string) => ({ field, message });
  if (!item) return at('itemKey', 'No such item in the checklist version of this visit.');
  if (item.unitTypes && !item.unitTypes.includes(ctx.unitType))
    return at('itemKey', 'This item is not asked in this kind of unit.');
  if (item.perChild !== (a.childId !== undefined))
    return at('childId', item.perChild ? 'Answered per child: name the child.' : 'Answered once per visit.');
  if (a.childId !== undefined && !ctx.childIds.includes(a.childId))
    return at('childId', 'Not a child of this visit.');
  const key = `${a.itemKey}/${a.childId ?? ''}`;
  if (seen.has(key)) return at('itemKey', 'Answered twice.');
  seen.add(key);
  if (a.value === null) return null;
  if (item.answerType === 'yes_no_na' && !(YES_NO_NA as readonly unknown[]).includes(a.value))
    return at('value', 'Answer yes, no or na.');
  if (item.answerType === 'scale') {
    const ok = typeof a.value === 'number' && a.value >= item.scale!.min && a.value <= item.scale!.max;
    if (!ok) return at('value', `A number from ${item.scale!.min} to ${item.scale!.max}.`);
  }
  if (item.answerType === 'text' && typeof a.value !== 'string') return at('value', 'Answer in words.');
  return null;
}

/**
 * Submission (the minutes become final, PHL 22 §): every child of the visit answered seen / met alone
 * (with the reason when not), the visit dated and not in the future, every action deadline on or after
 * the visit date, and the inspector's signature. Returns every issue with its field path.
 */
export function submissionIssues(draft: VisitDraft, ctx: SubmissionContext): ApiFieldIssue[] {
  const issues = draftIssues(draft, ctx);
  const visitDate = draft.visitDate;
  if (visitDate === null) issues.push(issue(['visitDate'], 'The visit date is required.'));
  else if (visitDate > ctx.today) issues.push(issue(['visitDate'], 'The visit date is in the future.'));
  ctx.childIds.forEach((childId) => {
    const i = draft.children.findIndex((c) => c.childId === childId);
    const c = draft.children[i];
    const at = (field: string, message: string) => issues.push(issue(['children', i, field], message));
    if (!c) issues.push(issue(['children', childId], 'Say whether the child was seen.'));
    else if (c.seen === null) at('seen', 'Say whether the child was seen.');
    else if (!c.seen && !c.notSeenReason) at('notSeenReason', 'Say why the child was not seen.');
    else if (c.seen && c.metAlone === null) at('metAlone', 'Say whether the child was met alone.');
    else if (c.seen && c.metAlone === false && !c.notAloneReason)
      at('notAloneReason', 'Say why the child was not met alone.');
  });
  draft.findings.forEach((f, i) => {
    f.actions.forEach((a, j) => {
      if (visitDate !== null && a.deadline < visitDate)
        issues.push(
          issue(['findings', i, 'actions', j, 'deadline'], 'The deadline is before the visit date.'),
        );
    });
    if (visitDate !== null && f.followUpDate !== undefined && f.followUpDate < visitDate)
      issues.push(issue(['findings', i, 'followUpDate'], 'The follow-up date is before the visit date.'));
  });
  if (draft.signature === null) issues.push(issue(['signature'], "The inspector's signature is required."));
  return issues;
}

/**
 * The LSL 79 § 3 mom notifications a visit needs: a deficiency or a serious finding is told to the
 * host county, AVI and the other placing counties. Listed ones are kept; missing ones added unsent.
 */
export function requiredNotifications(
  draft: Pick<VisitDraft, 'findings' | 'notifications'>,
  unit: { hostCounty: string; otherPlacingCounties: readonly string[] },
): VisitDraft['notifications'] {
  const needed = draft.findings.some((f) => f.severity !== 'info');
  if (!needed) return draft.notifications;
  const wanted = [
    { recipient: 'host_county' as const, organisation: unit.hostCounty },
    { recipient: 'avi' as const, organisation: 'Aluehallintovirasto' },
    ...unit.otherPlacingCounties.map((organisation) => ({
      recipient: 'other_placing_county' as const,
      organisation,
    })),
  ];
  const out = [...draft.notifications];
  for (const w of wanted) {
    const listed = out.some(
      (n) =>
        n.recipient === w.recipient &&
        (w.recipient !== 'other_placing_county' || n.organisation === w.organisation),
    );
    if (!listed) out.push({ ...w, sent: false });
  }
  return out;
}
