import type { CaseEventType, DatedEvent } from '@keha/shared';
import { statusFromEvents } from './child-status.js';

const at = (date: string, type: CaseEventType): DatedEvent => ({ date, type });

describe('statusFromEvents (the child status the case lifecycle implies)', () => {
  it('keeps the stored status when no event sets one', () => {
    expect(statusFromEvents([])).toBeNull();
    expect(statusFromEvents([at('2025-01-01', 'placed_child_visited')])).toBeNull();
  });

  it('follows notification -> assessment -> client', () => {
    const events = [at('2025-01-02', 'notification_received')];
    expect(statusFromEvents(events)).toBe('notification');
    events.push(at('2025-01-03', 'urgency_assessed'));
    expect(statusFromEvents(events)).toBe('notification');
    events.push(at('2025-01-08', 'assessment_started'));
    expect(statusFromEvents(events)).toBe('assessment');
    events.push(at('2025-03-01', 'assessment_completed'));
    expect(statusFromEvents(events)).toBe('assessment');
    events.push(at('2025-03-02', 'client_relationship_started'));
    expect(statusFromEvents(events)).toBe('client');
  });

  it('does not move a client back to notification when a new notification comes in', () => {
    expect(
      statusFromEvents([
        at('2025-01-02', 'notification_received'),
        at('2025-02-01', 'client_relationship_started'),
        at('2025-06-01', 'notification_received'),
        at('2025-06-03', 'assessment_started'),
      ]),
    ).toBe('client');
  });

  it('is in placement until every started placement has ended', () => {
    const events = [
      at('2025-01-02', 'notification_received'),
      at('2025-01-02', 'emergency_placement_started'),
      at('2025-01-20', 'care_order_decided'),
      at('2025-01-21', 'emergency_placement_ended'),
    ];
    expect(statusFromEvents(events)).toBe('placement');
    const openCare = [
      at('2025-01-02', 'client_relationship_started'),
      at('2025-02-01', 'open_care_placement_started'),
    ];
    expect(statusFromEvents(openCare)).toBe('placement');
    expect(statusFromEvents([...openCare, at('2025-05-01', 'open_care_placement_ended')])).toBe('client');
  });

  it('puts same-day events in lifecycle order, whatever order they come in', () => {
    expect(
      statusFromEvents([at('2025-03-01', 'case_closed'), at('2025-03-01', 'notification_received')]),
    ).toBe('closed');
  });

  it('ends placements with aftercare and closing, and reopens a closed case with a notification', () => {
    const events = [at('2020-01-02', 'care_order_decided'), at('2024-05-01', 'aftercare_started')];
    expect(statusFromEvents(events)).toBe('aftercare');
    events.push(at('2025-05-01', 'case_closed'));
    expect(statusFromEvents(events)).toBe('closed');
    events.push(at('2026-01-05', 'notification_received'));
    expect(statusFromEvents(events)).toBe('notification');
  });
});
