import type { Connection } from 'mongoose';
import { notifyDashboardChange } from '../case/deadline-changes.js';
import { DashboardViewCache, VIEW_CACHE_TTL_MS } from './view-cache.js';

describe('the dashboard view cache', () => {
  let connection: Connection;
  let now: number;
  let cache: DashboardViewCache;
  let computed: number;
  const compute = () => Promise.resolve(++computed);

  beforeEach(() => {
    connection = {} as Connection;
    now = 1_000_000;
    computed = 0;
    cache = new DashboardViewCache(connection, () => now);
  });

  it('computes once for concurrent and later requests of the same key', async () => {
    const [a, b] = await Promise.all([cache.get('k', ['t1'], compute), cache.get('k', ['t1'], compute)]);
    expect([a, b, await cache.get('k', ['t1'], compute)]).toEqual([1, 1, 1]);
  });

  it('drops the entries of a team a write touched, and only those', async () => {
    await cache.get('team1', ['t1'], compute);
    await cache.get('both', ['t1', 't2'], compute);
    await cache.get('team2', ['t2'], compute);
    notifyDashboardChange(connection, { teamIds: ['t1'], areas: ['deadlines'] });
    expect(await cache.get('team1', ['t1'], compute)).toBe(4);
    expect(await cache.get('both', ['t1', 't2'], compute)).toBe(5);
    expect(await cache.get('team2', ['t2'], compute)).toBe(3);
  });

  it('does not hear another connection, and expires after the TTL', async () => {
    await cache.get('k', ['t1'], compute);
    notifyDashboardChange({} as Connection, { teamIds: ['t1'], areas: ['caseload'] });
    expect(await cache.get('k', ['t1'], compute)).toBe(1);
    now += VIEW_CACHE_TTL_MS;
    expect(await cache.get('k', ['t1'], compute)).toBe(2);
  });

  it('does not keep a failure', async () => {
    await expectAsync(cache.get('k', ['t1'], () => Promise.reject(new Error('engine down')))).toBeRejected();
    expect(await cache.get('k', ['t1'], compute)).toBe(1);
  });
});
