import type { Connection, Types } from 'mongoose';
import { syntheticIdentityCode } from '@keha/shared';
import { childModel } from '../features/children/model.js';
import { inspectorAssignmentModel } from '../features/children/inspector-assignment.model.js';

/** Synthetic children (identity codes in the 900-999 range, domain.md §5) for the demo teams. */
export const DEMO_CHILDREN = [
  {
    firstName: 'Aino',
    lastName: 'Korhonen',
    born: '2014-03-12',
    team: 'team-1',
    worker: 'anna.sw',
    status: 'client',
    language: 'fi',
  },
  {
    firstName: 'Eetu',
    lastName: 'Korhonen',
    born: '2017-08-01',
    team: 'team-1',
    worker: 'anna.sw',
    status: 'assessment',
    language: 'fi',
  },
  {
    firstName: 'Linnea',
    lastName: 'Lindqvist',
    born: '2011-05-23',
    team: 'team-1',
    worker: 'mikko.lead',
    status: 'client',
    language: 'sv',
  },
  {
    firstName: 'Onni',
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
    lastName: 'Heinonen',
    born: '2012-02-14',
    team: 'team-2',
    worker: 'olli.sw',
    status: 'client',
    language: 'fi',
  },
  {
    firstName: 'Helmi',
    lastName: 'Rantanen',
    born: '2016-09-09',
    team: 'team-2',
    worker: 'olli.sw',
    status: 'notification',
    language: 'other',
  },
  {
    firstName: 'Ella',
    lastName: 'Nyström',
    born: '2008-04-02',
    team: 'team-2',
    worker: 'olli.sw',
    status: 'client',
    language: 'sv',
    restricted: true,
  },
] as const;

/** The demo placement inspector supervises Onni Salo's foster home. */
export const DEMO_INSPECTOR = 'pekka.inspector';

export async function seedDemoChildren(
  connection: Connection,
  teamIdByCode: Map<string, Types.ObjectId>,
  userIdByUsername: Map<string, Types.ObjectId>,
): Promise<void> {
  const Children = childModel(connection);
  await Children.init();
  const children = await Children.insertMany(
    DEMO_CHILDREN.map((c, i) => {
      const dateOfBirth = new Date(`${c.born}T00:00:00Z`);
      return {
        firstName: c.firstName,
        lastName: c.lastName,
        dateOfBirth,
        identityCode: syntheticIdentityCode(dateOfBirth, i),
        teamId: teamIdByCode.get(c.team)!,
        namedSocialWorkerId: userIdByUsername.get(c.worker)!,
        status: c.status,
        languages:
          c.language === 'other'
            ? { preferred: 'other', other: 'arabia', interpreterNeeded: true }
            : { preferred: c.language, interpreterNeeded: false },
        guardianDisclosureRestriction:
          'restricted' in c
            ? {
                active: true,
                reason: 'Lapsen painava syy (Asiakaslaki 11 §), kirjattu sosiaalityöntekijän päätöksellä.',
              }
            : { active: false },
      };
    }),
  );
  const placed = DEMO_CHILDREN.flatMap((c, i) =>
    'placement' in c ? [{ child: children[i]!, placement: c.placement }] : [],
  );
  await inspectorAssignmentModel(connection).insertMany(
    placed.map(({ child, placement }) => ({
      childId: child._id,
      inspectorUserId: userIdByUsername.get(DEMO_INSPECTOR)!,
      placementName: placement,
    })),
  );
}
