import {
  attachmentQuerySchema,
  MAX_ATTACHMENT_BYTES,
  objectIdSchema,
  visitAttachmentSchema,
} from '@keha/shared';
import type { Request } from 'express';
import { z } from 'zod';
import { callerOf } from '../../../platform/access/caller.js';
import { currentUser } from '../../../platform/auth/current-user.js';
import { ApiRouter } from '../../../platform/http/api-router.js';
import { readBody } from '../../../platform/http/read-body.js';
import { parseInput } from '../../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../../platform/openapi/registry.js';
import { AttachmentTooLargeError, type VisitAttachmentService } from './attachment-service.js';

const caller = (req: Request) => callerOf(currentUser(req), req);
const paramsSchema = z.strictObject({
  id: objectIdSchema,
  attachmentId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
});

/** `/api/v1/visits/{id}/attachments`: photos of a visit (the raw image as the request body). */
export function attachmentRoutes(registry: OpenApiRegistry, attachments: VisitAttachmentService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/visits')
    .route(
      {
        method: 'post',
        path: '/:id/attachments',
        tag: 'placements',
        summary:
          'Uploads a photo (body: the JPEG/PNG/HEIC bytes, checked by content; at most 10 MB: 413). 201 stored, 200 when attachmentId was already stored',
        query: attachmentQuerySchema,
        responses: {
          200: { description: 'Already stored (a retry)', schema: visitAttachmentSchema },
          201: { description: 'Stored', schema: visitAttachmentSchema },
        },
      },
      async (req, res) => {
        const { id } = parseInput(z.strictObject({ id: objectIdSchema }), req.params);
        const query = parseInput(attachmentQuerySchema, req.query);
        const bytes = await readBody(req, MAX_ATTACHMENT_BYTES, () => new AttachmentTooLargeError());
        const { attachment, created } = await attachments.upload(caller(req), id, {
          clientId: query.attachmentId,
          fileName: query.fileName,
          declaredType: req.headers['content-type'],
          bytes,
        });
        res.status(created ? 201 : 200).json(attachment);
      },
    )
    .route(
      {
        method: 'get',
        path: '/:id/attachments/:attachmentId',
        tag: 'placements',
        summary: 'The photo as stored (audited)',
        responses: { 200: { description: 'image/jpeg, image/png or image/heic' } },
      },
      async (req, res) => {
        const { id, attachmentId } = parseInput(paramsSchema, req.params);
        const { attachment, stream } = await attachments.open(caller(req), id, attachmentId);
        res.set({
          'Content-Type': attachment.contentType,
          'Content-Length': String(attachment.size),
          'Cache-Control': 'no-store',
          'Content-Disposition': `inline; filename="${attachment.id}"`,
        });
        stream.on('error', (err) => res.destroy(err as Error));
        stream.pipe(res);
      },
    );
}
