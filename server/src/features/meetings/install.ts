import type { Express } from 'express';
import type { Connection } from 'mongoose';
import type { Logger } from '../../platform/logging.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { AccessServices } from '../access/install.js';
import type { ChildGuard } from '../children/child-guard.js';
import { AgendaService } from './agenda-service.js';
import { MinutesExportService } from './export-service.js';
import { FinaliseService } from './finalise-service.js';
import { MeetingAccess } from './meeting-access.js';
import { MeetingService } from './meeting-service.js';
import { MeetingRealtime, type MeetingRealtimeOptions } from './realtime/meeting-realtime.js';
import { childHypothesisRoutes, meetingRoutes } from './routes.js';

export interface MeetingServices {
  access: MeetingAccess;
  agendas: AgendaService;
  meetings: MeetingService;
  finalise: FinaliseService;
  exports: MinutesExportService;
  /** The live notes: the server attaches it to socket.io (`attach`) and closes it before the database. */
  realtime: MeetingRealtime;
}

/**
 * Weekly team meetings (issue 6): `/api/v1/meetings` and the live shared notes over socket.io.
 * Mount after `installAccess` and `installChildren`.
 */
export function installMeetings(
  app: Express,
  deps: AccessServices & {
    connection: Connection;
    openApi: OpenApiRegistry;
    guard: ChildGuard;
    logger: Logger;
    realtime?: MeetingRealtimeOptions;
  },
): MeetingServices {
  const access = new MeetingAccess(deps.connection, deps.gate, deps.audit);
  const agendas = new AgendaService(deps.connection);
  const realtime = new MeetingRealtime(deps.connection, access, deps.logger, deps.realtime);
  const meetings = new MeetingService(deps.connection, access, agendas, realtime);
  const finalise = new FinaliseService(deps.connection, access, agendas, meetings, realtime);
  const exports = new MinutesExportService(deps.connection, access, finalise, deps.guard);
  const services = { access, agendas, meetings, finalise, exports, realtime };
  app.use('/api/v1/meetings', meetingRoutes(deps.openApi, services).router);
  app.use('/api/v1/children', childHypothesisRoutes(deps.openApi, services).router);
  return services;
}
