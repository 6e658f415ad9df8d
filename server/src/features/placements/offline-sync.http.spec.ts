import { randomUUID } from 'node:crypto';
import { CSRF_HEADER } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { caseEventModel } from '../case/event.model.js';
import { findingModel } from './findings/finding.model.js';
import { completeDraft, mutationId, placeNewChild, type Placed } from './spec-support.js';
import { ATTACHMENT_BUCKET } from './visits/attachment-service.js';
import { visitModel } from './visits/visit.model.js';

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
});
