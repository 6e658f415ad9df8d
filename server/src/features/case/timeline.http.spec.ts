import { addCalendarDays, timelineResponseSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { newChild, notification } from './spec-support.js';

interface Item {
  kind: string;
  id: string;
  date: string;
  code: string;
  cursor: string;
  corrected?: boolean;
}

/** Newest first by (date, kind, id), as the API promises. */
const newestFirst = (a: Item, b: Item): number =>
  a.date !== b.date
    ? a.date < b.date
      ? 1
      : -1
    : a.kind !== b.kind
      ? a.kind < b.kind
        ? 1
        : -1
      : a.id < b.id
        ? 1
        : -1;

describe('the case timeline (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let child: string;
  let base: string;
  let correctedId: string;
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
    child = await newChild(server.database.connection);
    base = `/api/v1/children/${child}`;
    // 120 events over ~4 years, three on each date, so that ties on the date are ordered by kind and id.
    const first = await anna.post(`${base}/events`, notification('2022-01-03'));
    expect(first.status).toBe(201);
    for (let i = 1; i < 120; i++) {
      const date = addCalendarDays('2022-01-03', Math.floor(i / 3) * 12);
      const res = await anna.post(`${base}/events`, {
        type: 'placed_child_visited',
        date,
        details: { summary: `Käynti ${i}` },
      });
      expect(res.status).toBe(201);
    }
    const corrected = await anna.post(`${base}/events/${first.body.id}/corrections`, {
      event: notification('2022-01-03', 'Tarkennettu ilmoitus.'),
      reason: 'Sisältö tarkentui.',
    });
    correctedId = corrected.body.id;
    const goal = { text: 'Arki rauhoittuu.', owner: 'Perhe', targetDate: '2026-06-01' };
    expect(
      (await anna.post(`${base}/plans`, { date: '2023-03-11', reviewDate: '2024-03-01', goals: [goal] }))
        .status,
    ).toBe(201);
    expect(
      (await anna.post(`${base}/child-views`, { date: '2023-03-11', notObtainedReason: 'Lapsi nukkui.' }))
        .status,
    ).toBe(201);
    expect(
      (await anna.post(`${base}/safety-scores`, { date: '2023-03-11', participant: 'Äiti', score: 6 }))
        .status,
    ).toBe(201);
    expect(
      (
        await anna.post(`${base}/safety-statements`, {
          date: '2024-01-15',
          kind: 'worry',
          text: 'Poissaolot jatkuvat.',
        })
      ).status,
    ).toBe(201);
  });
  afterAll(async () => server.dispose());

  async function allPages(query: string, limit: number): Promise<Item[][]> {
    const pages: Item[][] = [];
    let cursor: string | null = null;
    do {
      const res = await anna.get(
        `${base}/timeline?limit=${limit}${query}${cursor ? `&before=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(timelineResponseSchema.safeParse(res.body).error).toBeUndefined();
      pages.push(res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  }

  it('pages through everything newest first without gaps or repeats', async () => {
    const pages = await allPages('', 25);
    const items = pages.flat();
    expect(pages.length).toBe(5);
    expect(pages.slice(0, 4).every((p) => p.length === 25)).toBeTrue();
    // 120 current events, 1 plan, 1 child's view, 1 score and 1 statement.
    expect(items.length).toBe(124);
    expect(new Set(items.map((i) => i.id)).size).toBe(124);
    expect(items).toEqual([...items].sort(newestFirst));
    expect(items.every((i) => i.cursor === `${i.date}|${i.kind}|${i.id}`)).toBeTrue();
    // Same-day items of different kinds: 'safety' sorts after 'plan' after 'event' after 'child_view' (descending).
    expect(
      items
        .filter((i) => i.date === '2023-03-11')
        .map((i) => i.kind)
        .slice(0, 3),
    ).toEqual(['safety', 'plan', 'event']);
    // The corrected event appears once, as its current version, flagged.
    const notifications = items.filter((i) => i.code === 'notification_received');
    expect(notifications.map((i) => [i.id, i.corrected])).toEqual([[correctedId, true]]);
  });

  it('filters by kind', async () => {
    const events = (await allPages('&kinds=event', 50)).flat();
    expect(events.length).toBe(120);
    expect(events.every((i) => i.kind === 'event')).toBeTrue();
    const others = (await allPages('&kinds=plan,child_view,safety', 2)).flat();
    expect(others.map((i) => i.kind)).toEqual(['safety', 'safety', 'plan', 'child_view']);
    expect(others.find((i) => i.kind === 'child_view')!.code).toBe('not_obtained');
  });

  it('refuses a malformed cursor or kind with 400', async () => {
    const bad = await anna.get(`${base}/timeline?before=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('before');
    expect((await anna.get(`${base}/timeline?kinds=event,minutes`)).status).toBe(400);
  });
});
