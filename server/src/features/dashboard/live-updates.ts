import type { Connection } from 'mongoose';
import { DASHBOARD_CHANGED_EVENT, type DashboardChangedPayload } from '@keha/shared';
import type { RealtimeBroadcaster } from '../../platform/realtime/broadcaster.js';
import { onDashboardChange, type DashboardArea } from '../case/deadline-changes.js';

/** Changes within this window go out as one event per team. */
export const DASHBOARD_DEBOUNCE_MS = 300;

/**
 * Forwards the write paths' change notices (case/deadline-changes.ts) to the supervisors of the teams
 * as `dashboard:changed` (docs/REALTIME.md): a burst of writes becomes one small event per window,
 * naming the teams and areas but no child; the client refetches what it shows.
 */
export function forwardDashboardChanges(
  connection: Connection,
  realtime: RealtimeBroadcaster,
  debounceMs = DASHBOARD_DEBOUNCE_MS,
): () => void {
  const pending = new Map<string, Set<DashboardArea>>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const byAreas = new Map<string, DashboardChangedPayload>();
    for (const [teamId, areas] of pending) {
      const key = [...areas].sort().join(',');
      const payload = byAreas.get(key) ?? { teamIds: [], areas: [...areas].sort() as DashboardArea[] };
      payload.teamIds.push(teamId);
      byAreas.set(key, payload);
    }
    pending.clear();
    for (const payload of byAreas.values())
      realtime.toTeamSupervisors(payload.teamIds, DASHBOARD_CHANGED_EVENT, payload);
  };
  const stop = onDashboardChange(connection, (change) => {
    for (const teamId of change.teamIds) {
      const areas = pending.get(teamId) ?? new Set<DashboardArea>();
      for (const area of change.areas) areas.add(area);
      pending.set(teamId, areas);
    }
    timer ??= setTimeout(flush, debounceMs);
    timer.unref();
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}
