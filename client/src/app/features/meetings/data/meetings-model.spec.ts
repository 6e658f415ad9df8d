import * as shared from '@keha/shared';

import * as copy from './meetings.model';

describe('meetings model copies of the shared contract', () => {
  it('match the shared constants', () => {
    expect([...copy.TEXT_SECTIONS]).toEqual([...shared.TEXT_SECTIONS]);
    expect([...copy.LIST_SECTIONS]).toEqual([...shared.LIST_SECTIONS]);
    expect([...copy.HYPOTHESIS_STATUSES]).toEqual([...shared.HYPOTHESIS_STATUSES]);
    expect([...copy.MEETING_ROLES]).toEqual([...shared.MEETING_ROLES]);
    expect(copy.SAFETY_SCALE_ANCHORS).toEqual(shared.SAFETY_SCALE_ANCHORS);
    expect(copy.MEETING_EVENTS).toEqual(shared.MEETING_EVENTS);
    expect(copy.MAX_UPDATE_BYTES).toBe(shared.MAX_UPDATE_BYTES);
    expect(copy.sharedTypeName('notes', 'aino')).toBe(shared.sharedTypeName('notes', 'aino'));
    expect(copy.MEETING_STATE_MAP).toBe(shared.MEETING_STATE_MAP);
    expect(copy.AGENDA_REVISION_KEY).toBe(shared.AGENDA_REVISION_KEY);
    expect(copy.meetingDocName('abc')).toBe(shared.meetingDocName('abc'));
  });
});
