/**
 * The documents of the issue-5 benchmark dataset, built as plain objects in exactly the shape the
 * mongoose models store (`__v: 0`, timestamps, empty `details` left out, defaults written out), so that
 * they can go to the driver's insertMany without mongoose casting a million documents.
 */
import { Types } from 'mongoose';
import {
  addCalendarDays,
  daysBetween,
  syntheticIdentityCode,
  type CalendarDate,
  type CaseEventType,
  type ChildStatus,
} from '@keha/shared';

export const EVENTS_PER_CHILD = 100;

export interface Worker {
  _id: Types.ObjectId;
  teamId: Types.ObjectId;
  displayName: string;
}

const FIRST = ['Aino', 'Eetu', 'Linnea', 'Onni', 'Veeti', 'Helmi', 'Ella', 'Leo', 'Sofia', 'Elias', 'Olivia'];
const LAST = ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen'];

/** Every stored document has these (mongoose `timestamps` and the version key). */
const stamped = (at: Date) => ({ __v: 0, createdAt: at, updatedAt: at });
const noonOf = (date: CalendarDate) => new Date(`${date}T10:00:00Z`);

/** The initial lifecycle, then a repeating stage of care; children start the cycle at one of two points. */
const OPENING: CaseEventType[] = [
  'notification_received',
  'urgency_assessed',
  'assessment_started',
  'assessment_completed',
  'client_relationship_started',
];
const CYCLE: CaseEventType[] = [
  'open_care_placement_started',
  'placed_child_visited',
  'open_care_placement_reviewed',
  'placed_child_visited',
  'open_care_placement_reviewed',
  'client_plan_reviewed',
  'open_care_placement_ended',
  'notification_received',
  'urgency_assessed',
  'assessment_started',
  'assessment_completed',
  'client_plan_reviewed',
];

/** Child number `i` of the dataset: age 0.5-17 years; (birth date, identity sequence) unique over 12,000. */
export function childDoc(i: number, worker: Worker, today: CalendarDate, status: ChildStatus) {
  const born = addCalendarDays(today, -(200 + ((i * 7919) % 6000)));
  const dateOfBirth = new Date(`${born}T00:00:00Z`);
  const at = new Date();
  return {
    _id: new Types.ObjectId(),
    firstName: FIRST[i % FIRST.length]!,
    lastName: `${LAST[(i >> 3) % LAST.length]!}-${i}`,
    dateOfBirth,
    // Individual numbers 960-961: the demo seed uses 900-956, so the codes never collide with it.
    identityCode: syntheticIdentityCode(dateOfBirth, 60 + Math.floor(i / 6000)),
    teamId: worker.teamId,
    namedSocialWorkerId: worker._id,
    status,
    languages: { preferred: i % 10 === 3 ? 'sv' : 'fi', interpreterNeeded: false },
    guardianDisclosureRestriction: { active: false },
    allocationHistory: [{ workerId: worker._id, at, byUserId: worker._id }],
    ...stamped(at),
  };
}

function detailsOf(type: CaseEventType, k: number): Record<string, string> | undefined {
  switch (type) {
    case 'notification_received':
      return { reporterType: k % 2 ? 'school' : 'police', content: 'Huoli lapsen arjesta kotona.' };
    case 'urgency_assessed':
      return { urgency: k % 3 ? 'not_urgent' : 'urgent' };
    case 'assessment_completed':
      return { summary: 'Asiakkuus jatkuu; avohuollon tukitoimet.' };
    case 'open_care_placement_started':
      return { summary: 'Sijoitus avohuollon tukitoimena.' };
    default:
      return undefined;
  }
}

/** The event types of child `i`, and the status its last event leaves the case in. */
export function lifecycleOf(i: number): { types: CaseEventType[]; status: ChildStatus } {
  const offset = (i % 2) * 7;
  const types = [...OPENING];
  while (types.length < EVENTS_PER_CHILD) types.push(CYCLE[(types.length - OPENING.length + offset) % 12]!);
  if (i % 20 === 19) types[EVENTS_PER_CHILD - 1] = 'case_closed';
  const last = types.lastIndexOf('open_care_placement_started');
  const placed = last > types.lastIndexOf('open_care_placement_ended');
  const status: ChildStatus = types.at(-1) === 'case_closed' ? 'closed' : placed ? 'placement' : 'client';
  return { types, status };
}

/** 100 current events (version 1 of their own series) from birth or five years back, to today. */
export function eventDocs(
  child: { _id: Types.ObjectId; dateOfBirth: Date },
  types: CaseEventType[],
  worker: Worker,
  today: CalendarDate,
) {
  const born = child.dateOfBirth.toISOString().slice(0, 10);
  const fiveYears = addCalendarDays(today, -5 * 365);
  const start = born > fiveYears ? addCalendarDays(born, 1) : fiveYears;
  const span = daysBetween(start, today);
  return types.map((type, k) => {
    const date = addCalendarDays(start, Math.floor((k * span) / (types.length - 1)));
    const _id = new Types.ObjectId();
    const details = detailsOf(type, k);
    return {
      _id,
      childId: child._id,
      seriesId: _id,
      version: 1,
      current: true,
      type,
      date,
      ...(details ? { details } : {}),
      links: [],
      authorId: worker._id,
      authorName: worker.displayName,
      ...stamped(noonOf(date)),
    };
  });
}

/** The client plan, the child's view, three safety scores and two tasks of one child. */
export function recordDocs(child: { _id: Types.ObjectId }, i: number, worker: Worker, today: CalendarDate) {
  const planDate = addCalendarDays(today, -(30 + (i % 300)));
  const viewDate = addCalendarDays(today, -(5 + (i % 60)));
  const author = { authorId: worker._id, authorName: worker.displayName };
  const plan = {
    _id: new Types.ObjectId(),
    childId: child._id,
    version: 1,
    date: planDate,
    reviewDate: addCalendarDays(planDate, 365),
    goals: [
      {
        goalId: 'g-school',
        text: 'Koulunkäynti on säännöllistä ja aamut sujuvat.',
        owner: 'Perhe ja koulu',
        targetDate: addCalendarDays(planDate, 180),
        status: 'in_progress',
      },
      {
        goalId: 'g-safety',
        text: 'Lapsella on turvallinen aikuinen, jolle soittaa.',
        owner: 'Vanhemmat',
        targetDate: addCalendarDays(planDate, 120),
        status: 'open',
      },
    ],
    plannedVisitIntervalDays: 90,
    ...author,
    ...stamped(noonOf(planDate)),
  };
  const view = {
    _id: new Types.ObjectId(),
    childId: child._id,
    date: viewDate,
    askedById: worker._id,
    askedByName: worker.displayName,
    method: 'conversation_alone',
    words: 'Koulussa on kiva olla. Haluaisin nähdä mummoa useammin.',
    effectOnDecisions: 'Tapaamiset mummolla lisättiin suunnitelmaan.',
    ...stamped(noonOf(viewDate)),
  };
  const participants: [string, string][] = [
    ['Äiti', 'vanhempi'],
    [worker.displayName, 'sosiaalityöntekijä'],
    ['Opettaja', 'koulu'],
  ];
  const scores = participants.map(([participant, participantRole], p) => ({
    _id: new Types.ObjectId(),
    childId: child._id,
    date: viewDate,
    participant,
    participantRole,
    score: (i + p * 3) % 11,
    ...author,
    ...stamped(noonOf(viewDate)),
  }));
  const tasks = [0, 1].map((t) => ({
    _id: new Types.ObjectId(),
    childId: child._id,
    title: t ? 'Pyydä koululta lausunto' : 'Sovi kotikäynti perheen kanssa',
    ownerId: worker._id,
    dueDate: addCalendarDays(today, (i % 9) - 3 + t * 10),
    status: 'open',
    date: viewDate,
    createdById: worker._id,
    createdByName: worker.displayName,
    ...stamped(noonOf(viewDate)),
  }));
  return { plan, view, scores, tasks };
}
