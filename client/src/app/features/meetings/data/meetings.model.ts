/**
 * The client's copy of the meetings contract (shared/src/meetings): types are imported, the few
 * constants are copied so that zod stays out of the browser bundle (a spec checks they match).
 */
export type {
  ActionPointEntry,
  Addendum,
  AgendaItem,
  AgendaItemInput,
  AgendaItemKind,
  AgendaUpdateInput,
  Attendee,
  HypothesisEntry,
  JoinAck,
  Meeting,
  MeetingCreateInput,
  MeetingRole,
  MeetingStatus,
  MeetingSummary,
  MeetingTeams,
  Minutes,
  MinutesItem,
  Participant,
  PresenceMessage,
  RealtimeError,
  RemoteUpdate,
  SafetyScaleEntry,
  StatusMessage,
  SyncAck,
  TextSection,
  UpdateAck,
  UrgentEntry,
} from '@keha/shared';
import type { NotesSection } from '@keha/shared';

export type MeetingTeam = import('@keha/shared').MeetingTeams['items'][number];
export type MinutesVersionRow = Pick<
  import('@keha/shared').Minutes,
  'version' | 'reason' | 'createdAt' | 'createdByName'
>;

export const MEETING_ROLES = ['chair', 'coordinator', 'presenter', 'participant', 'clinician'] as const;
export const TEXT_SECTIONS = [
  'notes',
  'child_view',
  'reflections',
  'worries',
  'working_well',
  'needs_to_happen',
  'decisions',
  'dissent',
] as const;
export const LIST_SECTIONS = ['hypotheses', 'safety_scales', 'action_points'] as const;
export const HYPOTHESIS_STATUSES = ['open', 'supported', 'discarded'] as const;
export const SAFETY_SCALE_ANCHORS = {
  fi: { zero: 'Lapsi ei ole nyt turvassa kotona', ten: 'Riittävän turvallista asiakkuuden päättämiseen' },
  sv: { zero: 'Barnet är inte tryggt hemma nu', ten: 'Tillräckligt tryggt för att avsluta ärendet' },
  en: { zero: 'Not safe for the child at home now', ten: 'Safe enough to close the case' },
} as const;
export const MEETING_EVENTS = {
  join: 'meeting:join',
  leave: 'meeting:leave',
  sync: 'doc:sync',
  update: 'doc:update',
  awareness: 'awareness:update',
  presence: 'meeting:presence',
  status: 'meeting:status',
  closing: 'realtime:closing',
} as const;
export const MAX_UPDATE_BYTES = 256 * 1024;

export const sharedTypeName = (section: NotesSection, itemId: string) => `${section}:${itemId}`;
export const meetingDocName = (meetingId: string) => `meeting:${meetingId}`;
/** Meeting-wide state in the notes (`agendaRevision`: set by the server when a draft's agenda is saved). */
export const MEETING_STATE_MAP = 'meeting';
export const AGENDA_REVISION_KEY = 'agendaRevision';

/** Who finalises (the server decides; the button is shown to these roles). */
export const FINALISING_ROLES = ['coordinator', 'team_lead'] as const;
