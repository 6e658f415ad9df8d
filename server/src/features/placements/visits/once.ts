import { Types, type ClientSession, type Connection } from 'mongoose';
import type { Caller } from '../../../platform/access/caller.js';
import { ConflictError } from '../../../platform/errors.js';
import { visitMutationModel, type VisitMutationDocument } from './visit.model.js';

/**
 * Runs a client's change exactly once (offline sync retries): the change and the record of its
 * client mutation id commit in one transaction. A retry (or a twin request racing the first) finds the
 * record and gets the first answer back, with `replayed` set so that side effects are not repeated.
 */
export async function once<T>(
  connection: Connection,
  caller: Caller,
  clientMutationId: string,
  kind: VisitMutationDocument['kind'],
  change: (session: ClientSession) => Promise<{ visitId: Types.ObjectId; response: T }>,
): Promise<{ response: T; replayed: boolean }> {
  const Mutations = visitMutationModel(connection);
  const earlier = async (): Promise<T | undefined> => {
    const found = await Mutations.findOne({ clientMutationId }).lean();
    if (!found) return undefined;
    if (found.kind !== kind || String(found.userId) !== caller.user.id)
      throw new ConflictError('This client mutation id was already used for another change.');
    return found.response as T;
  };
  const first = await earlier();
  if (first !== undefined) return { response: first, replayed: true };
  try {
    let response: T | undefined;
    await connection.transaction(async (session) => {
      const done = await change(session);
      response = done.response;
      await Mutations.create(
        [
          {
            clientMutationId,
            kind,
            visitId: done.visitId,
            userId: new Types.ObjectId(caller.user.id),
            response: done.response,
          },
        ],
        { session },
      );
    });
    return { response: response as T, replayed: false };
  } catch (err) {
    // The twin request committed first: its answer is this request's answer too.
    const twin = await earlier().catch(() => undefined);
    if (twin !== undefined) return { response: twin, replayed: true };
    throw err;
  }
}
