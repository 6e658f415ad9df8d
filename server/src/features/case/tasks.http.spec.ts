import { situationalPictureSchema, taskSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { newChild } from './spec-support.js';

describe('case tasks (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  it('creates a task, lists it, shows it on the picture while open, and closes it with PATCH', async () => {
    const child = await newChild(server.database.connection);
    const base = `/api/v1/children/${child}`;
    const created = await anna.post(`${base}/tasks`, {
      title: 'Soita koululle poissaoloista',
      ownerId: ids.user('mikko.lead'),
      dueDate: '2026-12-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      jasmine.objectContaining({
        childId: child,
        status: 'open',
        ownerId: ids.user('mikko.lead'),
        dueDate: '2026-12-01',
      }),
    );
    expect(created.body.ownerName).toBeTruthy();
    expect(taskSchema.safeParse(created.body).error).toBeUndefined();
    expect((await anna.get(`${base}/tasks`)).body.items.map((t: { id: string }) => t.id)).toEqual([
      created.body.id,
    ]);
    const picture = (await anna.get(`${base}/picture`)).body;
    expect(situationalPictureSchema.safeParse(picture).error).toBeUndefined();
    expect(picture.openTasks.map((t: { id: string }) => t.id)).toEqual([created.body.id]);

    const moved = await anna.patch(`/api/v1/tasks/${created.body.id}`, {
      dueDate: '2026-12-15',
      ownerId: ids.user('anna.sw'),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual(
      jasmine.objectContaining({ dueDate: '2026-12-15', ownerId: ids.user('anna.sw') }),
    );
    const done = await anna.patch(`/api/v1/tasks/${created.body.id}`, { status: 'done' });
    expect(done.body.status).toBe('done');
    expect((await anna.get(`${base}/picture`)).body.openTasks).toEqual([]);
    expect((await anna.get(`${base}/tasks`)).body.items[0].status).toBe('done');
    const timeline = (await anna.get(`${base}/timeline?kinds=task`)).body.items;
    expect(timeline.map((i: { code: string; text: string }) => [i.code, i.text])).toEqual([
      ['done', 'Soita koululle poissaoloista'],
    ]);
  });

  it("refuses an owner who is not an active member of the child's team (400 ownerId)", async () => {
    const child = await newChild(server.database.connection);
    const base = `/api/v1/children/${child}`;
    const task = { title: 'Tapaa perhe', dueDate: '2026-12-01' };
    for (const username of ['olli.sw', 'johanna.supervisor', 'admin']) {
      const res = await anna.post(`${base}/tasks`, { ...task, ownerId: ids.user(username) });
      expect(res.status).withContext(username).toBe(400);
      expect(res.body.error.details)
        .withContext(username)
        .toEqual([{ path: 'ownerId', message: jasmine.any(String) }]);
    }
    const created = await anna.post(`${base}/tasks`, { ...task, ownerId: ids.user('anna.sw') });
    const reassigned = await anna.patch(`/api/v1/tasks/${created.body.id}`, { ownerId: ids.user('olli.sw') });
    expect(reassigned.status).toBe(400);
    expect((await anna.get(`${base}/tasks`)).body.items[0].ownerId).toBe(ids.user('anna.sw'));
    const badGoal = await anna.post(`${base}/tasks`, {
      ...task,
      ownerId: ids.user('anna.sw'),
      goalId: 'g-00000000',
    });
    expect(badGoal.body.error.details.map((d: { path: string }) => d.path)).toEqual(['goalId']);
  });

  it("decides a task change on the task's child: another team gets 403; an unknown task 404", async () => {
    const child = await newChild(server.database.connection);
    const created = await anna.post(`/api/v1/children/${child}/tasks`, {
      title: 'Kirjaa verkostopalaveri',
      ownerId: ids.user('anna.sw'),
      dueDate: '2026-12-01',
    });
    const olli = await signIn(server, 'olli.sw');
    const res = await olli.patch(`/api/v1/tasks/${created.body.id}`, { status: 'cancelled' });
    expect(res.status).toBe(403);
    expect((await anna.get(`/api/v1/children/${child}/tasks`)).body.items[0].status).toBe('open');
    expect((await anna.patch('/api/v1/tasks/0123456789abcdef01234567', { status: 'done' })).status).toBe(404);
  });
});
