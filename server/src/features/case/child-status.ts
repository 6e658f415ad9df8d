import { CASE_EVENT_TYPES, type CaseEventType, type ChildStatus, type DatedEvent } from '@keha/shared';

type Stage = Exclude<ChildStatus, 'placement'>;
type PlacementKind = 'open_care' | 'emergency' | 'care_order';

const PLACEMENT_STARTS: Partial<Record<CaseEventType, PlacementKind>> = {
  open_care_placement_started: 'open_care',
  emergency_placement_started: 'emergency',
  care_order_decided: 'care_order',
};
const PLACEMENT_ENDS: Partial<Record<CaseEventType, PlacementKind>> = {
  open_care_placement_ended: 'open_care',
  emergency_placement_ended: 'emergency',
};

/**
 * The child's status as the case lifecycle implies it (LSL 25 § notification -> 27 § assessment ->
 * client -> placement -> aftercare -> closed), from the current versions of the events, oldest first
 * (same-day events in lifecycle order). The rule:
 * - a notification opens a case only when none is open (no status yet, or closed); on an open case it
 *   changes nothing (the child stays a client while a new notification is looked into);
 * - starting an assessment moves an open notification to 'assessment';
 * - a client relationship makes the child a 'client';
 * - a placement (open care, emergency, care order) makes the child a client in 'placement' until every
 *   started placement has ended (a care order lasts until aftercare or closing);
 * - aftercare and closing end every placement; a later notification reopens a closed case.
 * Reviews, visits, extensions, urgency and a completed assessment change nothing.
 * Returns null when no event sets a status (no events yet), so a status set by hand (seeded or
 * imported) stays until the first lifecycle event is recorded.
 */
export function statusFromEvents(events: readonly DatedEvent[]): ChildStatus | null {
  const ordered = [...events].sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : CASE_EVENT_TYPES.indexOf(a.type) - CASE_EVENT_TYPES.indexOf(b.type),
  );
  let stage: Stage | null = null;
  const placements = new Set<PlacementKind>();
  for (const { type } of ordered) {
    const started = PLACEMENT_STARTS[type];
    const ended = PLACEMENT_ENDS[type];
    if (started) {
      placements.add(started);
      stage = 'client';
    } else if (ended) placements.delete(ended);
    else if (type === 'notification_received') {
      if (stage === null || stage === 'closed') stage = 'notification';
    } else if (type === 'assessment_started') {
      if (stage === null || stage === 'notification') stage = 'assessment';
    } else if (type === 'client_relationship_started') {
      if (stage !== 'aftercare') stage = 'client';
    } else if (type === 'aftercare_started' || type === 'case_closed') {
      placements.clear();
      stage = type === 'case_closed' ? 'closed' : 'aftercare';
    }
  }
  if (stage === 'client' && placements.size > 0) return 'placement';
  return stage;
}
