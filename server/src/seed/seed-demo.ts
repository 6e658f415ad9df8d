import type { Connection } from 'mongoose';
import { teamModel } from '../features/teams/model.js';
import { userModel } from '../features/users/model.js';
import { hashPassword } from '../features/users/passwords.js';
import { helsinkiToday } from '../features/case/dates.js';
import { DEMO_INSPECTOR, seedDemoChildren } from './demo-children.js';
import { seedDemoPlacements } from './demo-placements.js';
import { seedDemoVisits } from './demo-visits.js';
import { seedDemoTherapy } from './demo-therapy.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TEAMS } from './demo-organisation.js';

/**
 * Seeds the synthetic demo organisation into an empty database (never in production: the caller
 * checks). Returns false when users already exist, so restarts never duplicate or overwrite data.
 */
export async function seedDemoData(connection: Connection): Promise<boolean> {
  const Users = userModel(connection);
  const Teams = teamModel(connection);
  await Promise.all([Users.init(), Teams.init()]);
  if ((await Users.estimatedDocumentCount()) > 0) return false;

  const teams = await Teams.insertMany(DEMO_TEAMS.map((team) => ({ ...team })));
  const teamIdByCode = new Map(teams.map((team) => [team.code, team._id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Users.insertMany(
    DEMO_ACCOUNTS.map((account) => ({
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      teamIds: account.teams.map((code) => teamIdByCode.get(code)!),
      language: 'fi',
      passwordHash,
    })),
  );
  const today = helsinkiToday();
  const people = {
    teamIdByCode,
    userIdByUsername: new Map(users.map((user) => [user.username, user._id])),
    displayNameByUsername: new Map(users.map((user) => [user.username, user.displayName])),
  };
  const children = await seedDemoChildren(connection, people, today);
  const account = (username: string) => ({
    id: people.userIdByUsername.get(username)!,
    name: people.displayNameByUsername.get(username)!,
  });
  await seedDemoTherapy(connection, account('sari.therapist'), account('mikko.lead'), today);
  await seedDemoMeetings(
    connection,
    children,
    {
      anna: account('anna.sw'),
      mikko: account('mikko.lead'),
      sari: account('sari.therapist'),
      tiina: account('tiina.coord'),
    },
    today,
  );
  const inspector = users.find((u) => u.username === DEMO_INSPECTOR)!;
  const placements = await seedDemoPlacements(connection, children, inspector._id, 'Kehä', today);
  const onni = children.find((c) => c.firstName === 'Onni' && c.lastName === 'Salo')!;
  await seedDemoVisits(
    connection,
    placements,
    {
      id: String(inspector._id),
      username: inspector.username,
      displayName: inspector.displayName,
      roles: inspector.roles,
      teamIds: [],
      language: 'fi',
      mfaEnabled: false,
    },
    onni._id,
    today,
  );
  return true;
}
