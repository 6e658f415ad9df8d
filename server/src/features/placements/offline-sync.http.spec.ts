import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { CSRF_HEADER } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { caseEventModel } from '../case/event.model.js';
import { findingModel } from './findings/finding.model.js';
import { outboxSteps, queuedPhoto, runOutbox, type QueuedVisit } from '../../testing/visit-outbox.js';
import { completeDraft, mutationId, placeNewChild, type Placed } from './spec-support.js';
import { ATTACHMENT_BUCKET } from './visits/attachment-service.js';
import { visitModel, visitMutationModel } from './visits/visit.model.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20_000, 9)]);

/**
 * The offline form's queue as the PWA replays it: visits started offline (plan), their photos, the
 * draft and the submission, each with its client-generated id. The sync is cut off half-way, then the
 * whole queue is sent again from the start: everything ends up stored exactly once.
 */
describe('an interrupted offline sync, replayed from the start (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let pekka: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    [anna, pekka] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'pekka.inspector')]);
  });
  afterAll(async () => server.dispose());

  type Step = () => Promise<number>;

  function queueFor(placed: Placed): Step[] {
    const today = helsinkiToday();
    const plan = {
      placementIds: [placed.placementId],
      plannedDate: today,
      announced: false,
      clientMutationId: mutationId(),
    };
    const photos = [randomUUID(), randomUUID(), randomUUID()];
    const draftId = mutationId();
    const submitId = mutationId();
    let visitId = '';
    const draft = completeDraft([placed.childId], { attachmentIds: photos });
    draft.findings![0]!.attachmentIds = [photos[0]!];
    return [
      async () => {
        const res = await pekka.post('/api/v1/visits', plan);
        visitId = res.body.id;
        return res.status;
      },
      ...photos.map((id) => async () => {
        const res = await fetch(`${server.url}/api/v1/visits/${visitId}/attachments?attachmentId=${id}`, {
          method: 'POST',
          headers: {
            cookie: `keha.sid=${pekka.sessionToken}`,
            [CSRF_HEADER]: pekka.csrfToken!,
            'content-type': 'image/jpeg',
          },
          body: JPEG,
        });
        await res.arrayBuffer();
        return res.status;
      }),
      async () =>
        (
          await pekka.put(`/api/v1/visits/${visitId}/draft`, {
            clientMutationId: draftId,
            baseRevision: 1,
            draft,
          })
        ).status,
      async () =>
        (
          await pekka.post(`/api/v1/visits/${visitId}/submit`, {
            clientMutationId: submitId,
            baseRevision: 2,
          })
        ).status,
    ];
  }

  it('stores each visit, photo, finding and visited event once', async () => {
    const ids = await demoIds(server.database.connection);
    const placements = [];
    for (let i = 0; i < 4; i++) placements.push(await placeNewChild(server, anna, ids));
    const queue = placements.flatMap(queueFor);
    const cut = Math.floor(queue.length / 2) + 1; // inside the third visit's photos
    const firstRun = [];
    for (const step of queue.slice(0, cut)) firstRun.push(await step());
    expect(firstRun.every((s) => s === 200 || s === 201))
      .withContext(String(firstRun))
      .toBeTrue();
    const replay = [];
    for (const step of queue) replay.push(await step());
    expect(replay.every((s) => s === 200 || s === 201))
      .withContext(String(replay))
      .toBeTrue();

    const connection = server.database.connection;
    const childIds = placements.map((p) => p.childId);
    const visits = await visitModel(connection)
      .find({ childIds: { $in: childIds } })
      .lean();
    expect(visits.length).toBe(4);
    expect(
      visits.every((v) => v.status === 'submitted' && v.revision === 3 && v.attachments.length === 3),
    ).toBeTrue();
    const files = await connection.db!.collection(`${ATTACHMENT_BUCKET}.files`).countDocuments({
      'metadata.visitId': { $in: visits.map((v) => v._id) },
    });
    expect(files).toBe(12);
    expect(
      await findingModel(connection).countDocuments({ visitId: { $in: visits.map((v) => v._id) } }),
    ).toBe(4);
    expect(
      await caseEventModel(connection).countDocuments({
        childId: { $in: childIds },
        type: 'placed_child_visited',
      }),
    ).toBe(4);
  });

  /** The queue of the PWA's outbox (photos, draft, submission per visit) for visits planned online. */
  async function plannedQueue(count: number, photos: number): Promise<QueuedVisit[]> {
    const ids = await demoIds(server.database.connection);
    const queue: QueuedVisit[] = [];
    for (let i = 0; i < count; i++) {
      const placed = await placeNewChild(server, anna, ids);
      const planned = await pekka.post('/api/v1/visits', {
        placementIds: [placed.placementId],
        plannedDate: helsinkiToday(),
        announced: false,
      });
      expect(planned.status).toBe(201);
      const queued = Array.from({ length: photos }, (_, p) => queuedPhoto(JPEG, `IMG_${i}${p}.jpg`));
      const draft = completeDraft([placed.childId], { attachmentIds: queued.map((p) => p.attachmentId) });
      draft.findings![0]!.attachmentIds = [queued[0]!.attachmentId];
      queue.push({
        visitId: planned.body.id,
        childId: placed.childId,
        photos: queued,
        draft,
        draftMutationId: mutationId(),
        submitMutationId: mutationId(),
      });
    }
    return queue;
  }

  it('a photo cut off half-way and a draft whose answer was lost: the retried queue stores each once', async () => {
    const queue = await plannedQueue(3, 2);
    const steps = outboxSteps(queue); // per visit: 2 photos, draft, submission
    const session = {
      headers: {
        cookie: `keha.sid=${pekka.sessionToken}`,
        [CSRF_HEADER]: pekka.csrfToken!,
        accept: 'application/json',
      },
    };
    const visitIds = queue.map((q) => new Types.ObjectId(q.visitId));
    const stored = () =>
      visitModel(server.database.connection)
        .find({ _id: { $in: visitIds } })
        .lean();
    const byId = async (i: number) => (await stored()).find((v) => String(v._id) === queue[i]!.visitId)!;

    // The second visit's second photo: half its bytes are sent, then the connection drops.
    await runOutbox(server.url, session, steps, { index: 5, how: 'mid-body' });
    expect((await byId(1)).attachments.map((a) => a.clientId)).toEqual([queue[1]!.photos[0]!.attachmentId]);
    // The retry from the start: the third visit's draft is stored, but its answer never arrives.
    await runOutbox(server.url, session, steps, { index: 10, how: 'lost-answer' });
    expect((await byId(2)).revision).toBe(2);
    // The last retry, from the start to the end (any answer but 200 or 201 throws): every photo is
    // already stored (200, not 201), the lost draft is answered from its stored mutation.
    const last = await runOutbox(server.url, session, steps);
    expect(last.results.filter((r) => r.status === 201)).toEqual([]);

    const visits = await stored();
    expect(visits.map((v) => [v.status, v.revision, v.attachments.length])).toEqual(
      queue.map(() => ['submitted', 3, 2]),
    );
    const connection = server.database.connection;
    const files = await connection
      .db!.collection(`${ATTACHMENT_BUCKET}.files`)
      .find({ 'metadata.visitId': { $in: visitIds } })
      .toArray();
    expect(files.length).toBe(6);
    // Nothing of the half-sent photo was stored: no chunks without their file.
    const chunkFiles = await connection.db!.collection(`${ATTACHMENT_BUCKET}.chunks`).distinct('files_id');
    const existing = await connection
      .db!.collection(`${ATTACHMENT_BUCKET}.files`)
      .countDocuments({ _id: { $in: chunkFiles } });
    expect(existing).withContext('chunks of no stored file').toBe(chunkFiles.length);
    expect(await findingModel(connection).countDocuments({ visitId: { $in: visitIds } })).toBe(3);
    expect(await visitMutationModel(connection).countDocuments({ visitId: { $in: visitIds } })).toBe(6);
    expect(
      await caseEventModel(connection).countDocuments({
        childId: { $in: queue.map((q) => new Types.ObjectId(q.childId)) },
        type: 'placed_child_visited',
      }),
    ).toBe(3);
  });
});
