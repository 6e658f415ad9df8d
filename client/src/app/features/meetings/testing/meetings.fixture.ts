import { MeetingSummary } from '../data/meetings.model';

export function meetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: 'm1',
    teamId: 't1',
    teamName: 'Systeeminen tiimi 1',
    date: '2026-11-30',
    startTime: '09:00',
    status: 'draft',
    minutesVersion: 0,
    ...overrides,
  };
}
