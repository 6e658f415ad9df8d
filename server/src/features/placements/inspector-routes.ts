import type { Connection } from 'mongoose';
import { hasClientDataRole, placementInspectorListSchema, type PlacementInspector } from '@keha/shared';
import { callerOf } from '../../platform/access/caller.js';
import { currentUser } from '../../platform/auth/current-user.js';
import { ForbiddenError } from '../../platform/errors.js';
import { ApiRouter } from '../../platform/http/api-router.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import { userModel } from '../users/model.js';

/**
 * `/api/v1/placement-inspectors`: the active placement inspectors by name, for the visit planner's
 * inspector choice. Staff directory data, no client data: any client-data role reads it.
 */
export function inspectorRoutes(registry: OpenApiRegistry, connection: Connection): ApiRouter {
  return new ApiRouter(registry, '/api/v1/placement-inspectors').route(
    {
      method: 'get',
      path: '/',
      tag: 'placements',
      summary: 'The active placement inspectors (whom a visit can be planned for)',
      responses: { 200: { description: 'Inspectors by name', schema: placementInspectorListSchema } },
    },
    async (req, res) => {
      const caller = callerOf(currentUser(req), req);
      if (!hasClientDataRole(caller.user))
        throw new ForbiddenError('The placement register is for client work.');
      const users = await userModel(connection)
        .find({ roles: 'placement_inspector', active: true }, { displayName: 1 })
        .sort({ displayName: 1 })
        .lean();
      const items: PlacementInspector[] = users.map((u) => ({ id: String(u._id), name: u.displayName }));
      res.json({ items });
    },
  );
}
