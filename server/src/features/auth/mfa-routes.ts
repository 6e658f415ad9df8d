import { z } from 'zod';
import {
  mfaConfirmRequestSchema,
  mfaDisableRequestSchema,
  mfaEnrolmentSchema,
  mfaRecoveryCodesSchema,
} from '@keha/shared';
import { ApiRouter } from '../../platform/http/api-router.js';
import { parseInput } from '../../platform/http/validate.js';
import type { OpenApiRegistry } from '../../platform/openapi/registry.js';
import type { MfaService } from './mfa-service.js';

const emptyBody = z.strictObject({});

export function mfaRoutes(registry: OpenApiRegistry, mfa: MfaService): ApiRouter {
  return new ApiRouter(registry, '/api/v1/auth/mfa')
    .route(
      {
        method: 'post',
        path: '/enrol',
        tag: 'auth',
        summary: 'Start TOTP enrolment: a new pending secret as otpauth URI and QR code',
        body: emptyBody,
        responses: {
          200: { description: 'Scan it, then confirm with a code', schema: mfaEnrolmentSchema },
          409: { description: 'MFA is already on' },
        },
      },
      async (req, res) => {
        parseInput(emptyBody, req.body ?? {});
        res.json(await mfa.enrol(req));
      },
    )
    .route(
      {
        method: 'post',
        path: '/confirm',
        tag: 'auth',
        summary: 'Confirm enrolment with a current code; answers the recovery codes (shown once)',
        body: mfaConfirmRequestSchema,
        responses: {
          200: { description: 'MFA is on', schema: mfaRecoveryCodesSchema },
          400: { description: 'The code is not valid' },
          409: { description: 'No enrolment pending' },
        },
      },
      async (req, res) => {
        const input = parseInput(mfaConfirmRequestSchema, req.body);
        res.json({ recoveryCodes: await mfa.confirm(req, input.code) });
      },
    )
    .route(
      {
        method: 'post',
        path: '/disable',
        tag: 'auth',
        summary: 'Turn MFA off (password and a current or recovery code required)',
        body: mfaDisableRequestSchema,
        responses: {
          204: { description: 'MFA is off' },
          400: { description: 'Wrong password or code' },
          409: { description: 'MFA is not on' },
        },
      },
      async (req, res) => {
        const input = parseInput(mfaDisableRequestSchema, req.body);
        await mfa.disable(req, input);
        res.status(204).end();
      },
    );
}
