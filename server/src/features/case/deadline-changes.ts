import { EventEmitter } from 'node:events';
import type { Connection, Types } from 'mongoose';
import { childModel } from '../children/model.js';

/** What a dashboard shows that a write may have changed. */
export type DashboardArea = 'caseload' | 'deadlines' | 'visits' | 'meetings';
export interface DashboardChange {
  teamIds: string[];
  areas: DashboardArea[];
}

const feeds = new WeakMap<Connection, EventEmitter>();

function feedOf(connection: Connection): EventEmitter {
  let feed = feeds.get(connection);
  if (!feed) feeds.set(connection, (feed = new EventEmitter()));
  return feed;
}

/**
 * Write paths call this after changing data behind the supervisor dashboards (one feed per database
 * connection, so two apps in one process do not hear each other); the dashboard feature forwards it to
 * the teams' supervisors over socket.io (docs/REALTIME.md, `dashboard:changed`).
 */
export function notifyDashboardChange(connection: Connection, change: DashboardChange): void {
  if (change.teamIds.length) feedOf(connection).emit('change', change);
}

export function onDashboardChange(
  connection: Connection,
  listener: (change: DashboardChange) => void,
): () => void {
  const feed = feedOf(connection);
  feed.on('change', listener);
  return () => feed.off('change', listener);
}

/** The same for writes that know their children but not their teams (findings, placements). */
export async function notifyChildrenChanged(
  connection: Connection,
  childIds: readonly Types.ObjectId[],
  areas: DashboardArea[],
): Promise<void> {
  const teamIds = await childModel(connection).distinct('teamId', { _id: { $in: [...childIds] } });
  notifyDashboardChange(connection, { teamIds: teamIds.map(String), areas });
}
