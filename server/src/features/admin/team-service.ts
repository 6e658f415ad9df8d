import type { Connection } from 'mongoose';
import type { AdminTeam } from '@keha/shared';
import { type Caller } from '../../platform/access/caller.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { teamModel } from '../teams/model.js';
import type { AdminGuard } from './admin-audit.js';

type StoredTeam = { _id: unknown; code: string; name: string };
const toTeam = (t: StoredTeam): AdminTeam => ({ id: String(t._id), code: t.code, name: t.name });

/** Teams: created and renamed, never deleted (children and audit events refer to them). */
export class AdminTeamService {
  constructor(
    private readonly connection: Connection,
    private readonly guard: AdminGuard,
  ) {}

  async list(caller: Caller): Promise<AdminTeam[]> {
    await this.guard.require(caller, 'admin.teams', 'admin.team.list', { type: 'teams' });
    await this.guard.recordAllowed(caller, 'admin.team.list', { type: 'teams' });
    return (await teamModel(this.connection).find().sort({ code: 1 }).lean()).map(toTeam);
  }

  async create(caller: Caller, input: { code: string; name: string }): Promise<AdminTeam> {
    await this.guard.require(caller, 'admin.teams', 'admin.team.create', { type: 'team' });
    const Teams = teamModel(this.connection);
    await Teams.init();
    if (await Teams.exists({ code: input.code }))
      throw new ConflictError(`A team with the code ${input.code} exists.`, [
        { path: 'code', message: 'Already in use.' },
      ]);
    await this.guard.recordAllowed(caller, 'admin.team.create', { type: 'team', id: input.code }, [
      'code',
      'name',
    ]);
    return toTeam((await Teams.create(input)).toObject());
  }

  async update(caller: Caller, id: string, patch: { name: string }): Promise<AdminTeam> {
    await this.guard.require(caller, 'admin.teams', 'admin.team.update', { type: 'team', id });
    const Teams = teamModel(this.connection);
    if (!(await Teams.exists({ _id: id }))) throw new NotFoundError('No such team.');
    await this.guard.recordAllowed(caller, 'admin.team.update', { type: 'team', id }, ['name']);
    const team = await Teams.findByIdAndUpdate(
      id,
      { $set: { name: patch.name } },
      { returnDocument: 'after' },
    ).lean();
    return toTeam(team!);
  }
}
