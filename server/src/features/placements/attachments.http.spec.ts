import { randomUUID } from 'node:crypto';
import { CSRF_HEADER } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { completeDraft, mutationId, placeNewChild } from './spec-support.js';
import { ATTACHMENT_BUCKET } from './visits/attachment-service.js';

/** The first bytes of real files of each type, padded to a plausible size. */
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  Buffer.alloc(5000, 1),
]);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(3000, 2)]);
const HEIC = Buffer.concat([
  Buffer.from('00000018', 'hex'),
  Buffer.from('ftypheic', 'latin1'),
  Buffer.alloc(2000, 3),
]);

describe('visit photos in GridFS (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let pekka: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let visitId: string;
  beforeAll(async () => {
    server = await startTestServer();
    [anna, pekka] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'pekka.inspector')]);
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());
  // Each spec its own visit: one of them submits it.
  beforeEach(async () => {
    const placed = await placeNewChild(server, anna, ids);
    const visit = await pekka.post('/api/v1/visits', {
      placementIds: [placed.placementId],
      plannedDate: helsinkiToday(),
      announced: true,
    });
    visitId = visit.body.id;
  });

  const upload = (bytes: Buffer, type: string, attachmentId = randomUUID(), as = pekka) =>
    fetch(
      `${server.url}/api/v1/visits/${visitId}/attachments?attachmentId=${attachmentId}&fileName=kuva.jpg`,
      {
        method: 'POST',
        headers: {
          cookie: `keha.sid=${as.sessionToken}`,
          [CSRF_HEADER]: as.csrfToken!,
          'content-type': type,
        },
        body: bytes,
      },
    );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs assert on arbitrary shapes
  const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
  const files = () => server.database.connection.db!.collection(`${ATTACHMENT_BUCKET}.files`);

  it('stores a JPEG once per client id: a retried upload answers with the stored photo', async () => {
    const id = randomUUID();
    const first = await json(await upload(JPEG, 'image/jpeg', id));
    expect(first.status).toBe(201);
    expect(first.body).toEqual(
      jasmine.objectContaining({ id, contentType: 'image/jpeg', size: JPEG.length }),
    );
    const retry = await json(await upload(JPEG, 'image/jpeg', id));
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await files().countDocuments({ 'metadata.clientId': id })).toBe(1);
    // Two copies racing: still one photo and one GridFS file.
    const twin = randomUUID();
    const both = await Promise.all([upload(PNG, 'image/png', twin), upload(PNG, 'image/png', twin)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(await files().countDocuments({ 'metadata.clientId': twin })).toBe(1);
    const visit = await pekka.get(`/api/v1/visits/${visitId}`);
    expect(visit.body.attachments.filter((a: { id: string }) => a.id === twin).length).toBe(1);
  });

  it('streams the photo back to the team, audited', async () => {
    const id = randomUUID();
    await upload(HEIC, 'image/heic', id);
    const res = await fetch(`${server.url}/api/v1/visits/${visitId}/attachments/${id}`, {
      headers: { cookie: `keha.sid=${anna.sessionToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/heic');
    expect(Buffer.from(await res.arrayBuffer()).equals(HEIC)).toBeTrue();
    const event = await auditCollection(server.database.connection).findOne(
      { 'actor.username': 'anna.sw', view: 'placement.attachments', action: 'child.read' },
      { sort: { at: -1 } },
    );
    expect(event?.outcome).toBe('allowed');
  });

  it('refuses what is not a photo by its bytes, whatever the header says (400)', async () => {
    const pdf = Buffer.from('%PDF-1.7\n' + 'x'.repeat(100));
    const res = await json(await upload(pdf, 'image/jpeg'));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'file', message: jasmine.any(String) }]);
    const mislabelled = await json(await upload(PNG, 'image/jpeg'));
    expect(mislabelled.status).toBe(400);
    expect((await json(await upload(JPEG, 'application/octet-stream'))).status).toBe(201);
  });

  it('refuses a photo over 10 MB (413) and stores nothing', async () => {
    const before = await files().countDocuments();
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await json(await upload(big, 'image/jpeg'));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(await files().countDocuments()).toBe(before);
  });

  it('lets only the visit inspector add photos, a finding cite them, and none be added after submission', async () => {
    expect((await upload(JPEG, 'image/jpeg', randomUUID(), anna)).status).toBe(403);
    expect((await upload(JPEG, 'image/jpeg')).status).toBe(201);
    const visit = (await pekka.get(`/api/v1/visits/${visitId}`)).body;
    const draft = completeDraft(
      visit.children.map((c: { childId: string }) => c.childId),
      { attachmentIds: visit.attachments.map((a: { id: string }) => a.id) },
    );
    draft.findings![0]!.attachmentIds = [visit.attachments[0].id];
    const submitted = await pekka.post(`/api/v1/visits/${visitId}/submit`, {
      clientMutationId: mutationId(),
      baseRevision: visit.revision,
      draft,
    });
    expect(submitted.status).withContext(JSON.stringify(submitted.body)).toBe(200);
    expect((await upload(JPEG, 'image/jpeg')).status).toBe(409);
    const finding = await anna.get(`/api/v1/findings?childId=${visit.children[0].childId}`);
    expect(finding.body.items[0].attachmentIds).toEqual([visit.attachments[0].id]);
  });
});
