import type { Connection } from 'mongoose';
import { onDashboardChange } from '../case/deadline-changes.js';

/** An entry lives at most this long, so a change made around the write paths still shows within a minute. */
export const VIEW_CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

interface Entry<T> {
  value: Promise<T>;
  teamIds: ReadonlySet<string>;
  at: number;
}

/**
 * The computed dashboards, by view, filters and day, until a write touches one of their teams: the
 * same notices that tell the supervisors' browsers (`notifyDashboardChange`) drop the entries here, so
 * a supervisor never sees numbers older than the last write of their teams (in this process; another
 * server process's writes show after the TTL). Concurrent requests for the same key share one
 * computation. Access is decided and audited per request before the cache is asked.
 */
export class DashboardViewCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(
    connection: Connection,
    private readonly now: () => number = () => Date.now(),
  ) {
    onDashboardChange(connection, (change) => {
      for (const [key, entry] of this.entries)
        if (change.teamIds.some((team) => entry.teamIds.has(team))) this.entries.delete(key);
    });
  }

  get<T>(key: string, teamIds: readonly string[], compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < VIEW_CACHE_TTL_MS) return hit.value as Promise<T>;
    const value = compute();
    const entry: Entry<T> = { value, teamIds: new Set(teamIds), at: this.now() };
    this.entries.set(key, entry);
    // A failure is not kept; the oldest entries go first when the cache is full.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
