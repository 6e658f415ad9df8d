/**
 * What the database holds for the benchmark's visits, read after the server has stopped (the engine
 * opened in this process on the data directory, as the server opens it): the check that an
 * interrupted and retried sync stored everything exactly once.
 */
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { startEngine } from '@keha/embedded-mongo';
import { caseEventModel } from '../../features/case/event.model.js';
import { findingModel } from '../../features/placements/findings/finding.model.js';
import { ATTACHMENT_BUCKET } from '../../features/placements/visits/attachment-service.js';
import { visitModel, visitMutationModel } from '../../features/placements/visits/visit.model.js';
import type { QueuedVisit } from '../../testing/visit-outbox.js';

export interface StoredCounts {
  /** Visits submitted at revision 3 (plan, draft, submit: each applied once) with exactly their photos. */
  visitsExact: number;
  attachments: number;
  /** GridFS files of these visits, and chunks of any file that no longer exists (a half upload). */
  files: number;
  orphanChunks: number;
  /** Photos whose stored SHA-256 is that of the bytes queued. */
  photosIntact: number;
  findings: number;
  mutations: number;
  /** All `placed_child_visited` events (for a before/after count). */
  visitedEvents: number;
}

export async function storedCounts(dataDir: string, queue: readonly QueuedVisit[]): Promise<StoredCounts> {
  const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'batch' });
  const c = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
  try {
    const ids = queue.map((q) => new Types.ObjectId(q.visitId));
    const visits = await visitModel(c)
      .find({ _id: { $in: ids } })
      .lean();
    const queued = new Map(queue.map((q) => [q.visitId, q]));
    let visitsExact = 0;
    let attachments = 0;
    let photosIntact = 0;
    for (const v of visits) {
      const q = queued.get(String(v._id))!;
      attachments += v.attachments.length;
      const bySha = new Map(q.photos.map((p) => [p.attachmentId, p.sha256]));
      photosIntact += v.attachments.filter((a) => bySha.get(a.clientId) === a.sha256).length;
      const distinct = new Set(v.attachments.map((a) => a.clientId)).size === v.attachments.length;
      if (
        v.status === 'submitted' &&
        v.revision === 3 &&
        distinct &&
        v.attachments.length === q.photos.length
      )
        visitsExact++;
    }
    const db = c.db!;
    const files = await db
      .collection(`${ATTACHMENT_BUCKET}.files`)
      .find({}, { projection: { _id: 1, 'metadata.visitId': 1 } })
      .toArray();
    const fileIds = new Set(files.map((f) => String(f['_id'])));
    const chunkFileIds = await db.collection(`${ATTACHMENT_BUCKET}.chunks`).distinct('files_id');
    const visitIds = new Set(ids.map(String));
    return {
      visitsExact,
      attachments,
      files: files.filter((f) => visitIds.has(String(f['metadata']?.visitId))).length,
      orphanChunks: chunkFileIds.filter((id) => !fileIds.has(String(id))).length,
      photosIntact,
      findings: await findingModel(c).countDocuments({ visitId: { $in: ids } }),
      mutations: await visitMutationModel(c).countDocuments({ visitId: { $in: ids } }),
      visitedEvents: await caseEventModel(c).countDocuments({ type: 'placed_child_visited' }),
    };
  } finally {
    await c.close();
    await engine.stop();
  }
}
