import { Types, type Connection } from 'mongoose';
import {
  addCalendarDays,
  syntheticIdentityCode,
  type CalendarDate,
  type ChildStatus,
  type Role,
} from '@keha/shared';
import { childModel } from '../features/children/model.js';
import { teamModel } from '../features/teams/model.js';
import { userModel } from '../features/users/model.js';
import { hashPassword } from '../features/users/passwords.js';
import type { ApiClient } from './api-client.js';

/**
 * Data for integration specs that must not depend on how much demo data the seed makes: a worker of
 * their own (so a caseload starts from zero) and children inserted straight into the database.
 */
export async function teamId(connection: Connection, code: string): Promise<Types.ObjectId> {
  return (await teamModel(connection).findOne({ code }).lean())!._id;
}

/** A worker of one team; with `password` they can sign in, otherwise they are only named on children. */
export async function createWorker(
  connection: Connection,
  username: string,
  teamCode: string,
  roles: Role[] = ['social_worker'],
  password?: string,
): Promise<Types.ObjectId> {
  const user = await userModel(connection).create({
    username,
    displayName: `Spec ${username}`,
    roles,
    teamIds: [await teamId(connection, teamCode)],
    passwordHash: password ? await hashPassword(password) : 'not-a-password-hash',
  });
  return user._id;
}

/** A synthetic identity code for `born` that no stored child has yet. */
export async function freeIdentityCode(connection: Connection, born: CalendarDate): Promise<string> {
  const date = new Date(`${born}T00:00:00Z`);
  for (let seq = 0; seq < 100; seq++) {
    const code = syntheticIdentityCode(date, seq);
    if (!(await childModel(connection).exists({ identityCode: code }))) return code;
  }
  throw new Error(`No free synthetic identity code left for ${born}`);
}

/** `count` children born a day apart from `firstBorn`, all allocated to `workerId`. */
export async function insertChildren(
  connection: Connection,
  options: {
    count: number;
    teamCode: string;
    workerId: Types.ObjectId;
    firstBorn: CalendarDate;
    status?: ChildStatus;
    lastName?: string;
  },
): Promise<Types.ObjectId[]> {
  const team = await teamId(connection, options.teamCode);
  const docs = [];
  for (let i = 0; i < options.count; i++) {
    const born = addCalendarDays(options.firstBorn, i);
    docs.push({
      firstName: `Lapsi${i}`,
      lastName: options.lastName ?? 'Speckinen',
      dateOfBirth: new Date(`${born}T00:00:00Z`),
      identityCode: await freeIdentityCode(connection, born),
      teamId: team,
      namedSocialWorkerId: options.workerId,
      status: options.status ?? 'client',
    });
  }
  return (await childModel(connection).insertMany(docs)).map((d) => d._id);
}

/** Creates a child through the API, named to `workerId`, and returns its id. */
export async function createChildViaApi(
  client: ApiClient,
  connection: Connection,
  child: { firstName: string; lastName: string; born: string; teamCode: string; workerId: string },
): Promise<string> {
  const res = await client.post('/api/v1/children', {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.born,
    identityCode: await freeIdentityCode(connection, child.born),
    teamId: String(await teamId(connection, child.teamCode)),
    namedSocialWorkerId: child.workerId,
  });
  if (res.status !== 201) throw new Error(`create child: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.child.id as string;
}
