import type { Connection, Types } from 'mongoose';
import { syntheticIdentityCode, type CalendarDate, type ChildStatus, type Sex } from '@keha/shared';
import { childModel } from '../features/children/model.js';
import { seedChildRecords } from './demo-caseload.js';
import { seedFamilies, type DemoHousehold } from './demo-families.js';
import { demoRoster } from './demo-roster.js';
import { scenarioByKey } from './demo-scenarios.js';

/** Synthetic children (identity codes in the 900-999 range, domain.md §5) that specs and the README name. */
export const DEMO_CHILDREN = [
  {
    firstName: 'Aino',
    sex: 'female',
    scenario: 'client',
    lastName: 'Korhonen',
    born: '2014-03-12',
    team: 'team-1',
    worker: 'anna.sw',
    status: 'client',
    language: 'fi',
  },
  {
    firstName: 'Eetu',
    sex: 'male',
    scenario: 'assessing',
    lastName: 'Korhonen',
    born: '2017-08-01',
    team: 'team-1',
    worker: 'anna.sw',
    status: 'assessment',
    language: 'fi',
  },
  {
    firstName: 'Linnea',
    sex: 'female',
    scenario: 'plan-review-overdue',
    lastName: 'Lindqvist',
    born: '2011-05-23',
    team: 'team-1',
    worker: 'mikko.lead',
    status: 'client',
    language: 'sv',
  },
  {
    firstName: 'Onni',
    sex: 'male',
    scenario: 'care-order',
    lastName: 'Salo',
    born: '2009-11-30',
    team: 'team-1',
    worker: 'mikko.lead',
    status: 'placement',
    language: 'fi',
    placement: 'Perhekoti Koivula',
  },
  {
    firstName: 'Veeti',
    sex: 'male',
    scenario: 'client',
    lastName: 'Heinonen',
    born: '2012-02-14',
    team: 'team-2',
    worker: 'olli.sw',
    status: 'client',
    language: 'fi',
  },
  {
    firstName: 'Helmi',
    sex: 'female',
    scenario: 'fresh-notification',
    lastName: 'Rantanen',
    born: '2016-09-09',
    team: 'team-2',
    worker: 'olli.sw',
    status: 'notification',
    language: 'other',
  },
  {
    firstName: 'Ella',
    sex: 'female',
    scenario: 'client',
    lastName: 'Nyström',
    born: '2008-04-02',
    team: 'team-2',
    worker: 'olli.sw',
    status: 'client',
    language: 'sv',
    restricted: true,
  },
] as const;

/** The demo placement inspector supervises Onni Salo's foster home (see demo-placements.ts). */
export const DEMO_INSPECTOR = 'pekka.inspector';

/** A seeded child as the later seeders need it: its scenario, worker and (hand-written) placement. */
export interface SeededDemoChild {
  _id: Types.ObjectId;
  firstName: string;
  lastName: string;
  scenario: string;
  teamId: Types.ObjectId;
  workerId: Types.ObjectId;
  placement?: string;
}

export interface DemoPeople {
  teamIdByCode: Map<string, Types.ObjectId>;
  userIdByUsername: Map<string, Types.ObjectId>;
  displayNameByUsername: Map<string, string>;
}

interface ChildSeed {
  firstName: string;
  lastName: string;
  sex: Sex;
  born: CalendarDate;
  team: string;
  worker: string;
  scenario: string;
  language: 'fi' | 'sv' | 'other';
  status: ChildStatus;
  restricted?: boolean;
}

/** The hand-written children first (specs and the README name them), then the generated caseload. */
function childSeeds(today: CalendarDate): ChildSeed[] {
  const named: ChildSeed[] = DEMO_CHILDREN.map((c) => ({ ...c, restricted: 'restricted' in c }));
  const generated = demoRoster(today).flatMap((family) =>
    family.children.map((c) => ({
      ...c,
      lastName: family.lastName,
      team: family.team,
      worker: family.worker,
      status: scenarioByKey(c.scenario).status,
    })),
  );
  return [...named, ...generated];
}

function childRecord(c: ChildSeed, sequence: number, people: DemoPeople): object {
  const dateOfBirth = new Date(`${c.born}T00:00:00Z`);
  const workerId = people.userIdByUsername.get(c.worker)!;
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    dateOfBirth,
    identityCode: syntheticIdentityCode(dateOfBirth, sequence),
    teamId: people.teamIdByCode.get(c.team)!,
    namedSocialWorkerId: workerId,
    status: c.status,
    languages:
      c.language === 'other'
        ? { preferred: 'other', other: 'arabia', interpreterNeeded: true }
        : { preferred: c.language, interpreterNeeded: false },
    guardianDisclosureRestriction: c.restricted
      ? {
          active: true,
          reason: 'Lapsen painava syy (Asiakaslaki 11 §), kirjattu sosiaalityöntekijän päätöksellä.',
        }
      : { active: false },
    allocationHistory: [{ workerId, at: new Date(), byUserId: workerId }],
  };
}

export async function seedDemoChildren(
  connection: Connection,
  people: DemoPeople,
  today: CalendarDate,
): Promise<SeededDemoChild[]> {
  const Children = childModel(connection);
  await Children.init();
  const seeds = childSeeds(today);
  const children = await Children.insertMany(seeds.map((c, i) => childRecord(c, i, people)));
  const households = new Map<string, DemoHousehold>();
  seeds.forEach((seed, i) => {
    const key = `${seed.team}/${seed.lastName}`;
    const household = households.get(key) ?? {
      lastName: seed.lastName,
      teamId: children[i]!.teamId,
      children: [],
    };
    household.children.push({
      _id: children[i]!._id,
      firstName: seed.firstName,
      sex: seed.sex,
      born: seed.born,
    });
    households.set(key, household);
  });
  await seedFamilies(connection, [...households.values()]);
  await seedChildRecords(
    connection,
    seeds.map((seed, i) => ({
      _id: children[i]!._id,
      firstName: seed.firstName,
      lastName: seed.lastName,
      scenario: seed.scenario,
      worker: {
        id: people.userIdByUsername.get(seed.worker)!,
        name: people.displayNameByUsername.get(seed.worker)!,
      },
    })),
    today,
    people.userIdByUsername.get('johanna.supervisor')!,
  );
  const named = new Map<string, string>(
    DEMO_CHILDREN.flatMap((c) => ('placement' in c ? [[c.firstName, c.placement]] : [])),
  );
  return seeds.map((seed, i) => ({
    _id: children[i]!._id,
    firstName: seed.firstName,
    lastName: seed.lastName,
    scenario: seed.scenario,
    teamId: children[i]!.teamId,
    workerId: people.userIdByUsername.get(seed.worker)!,
    ...(i < DEMO_CHILDREN.length && named.has(seed.firstName)
      ? { placement: named.get(seed.firstName)! }
      : {}),
  }));
}
