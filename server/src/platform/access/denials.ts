import type { DenyReason } from '@keha/shared';
import { AppError, ForbiddenError, NotFoundError } from '../errors.js';

export class BreakGlassRequiredError extends AppError {
  constructor(message: string) {
    super('break_glass_required', message);
  }
}

/**
 * Turns a policy denial about a child into the answer the caller gets. Someone who can never see
 * client data gets the same 404 as for a child that does not exist, so existence is not revealed;
 * someone who could open the record with a reason gets `break_glass_required`, so the client can ask.
 */
export function childAccessError(reason: DenyReason): AppError {
  switch (reason) {
    case 'no_client_data':
      return new NotFoundError('No such child.');
    case 'no_relationship':
      return new BreakGlassRequiredError(
        'You have no client relationship with this child. You can open the record by giving a reason; the access is reviewed by a supervisor.',
      );
    case 'reason_required':
      return new BreakGlassRequiredError(
        'Give a reason to open this record; the access is logged and reviewed.',
      );
    case 'part_not_permitted':
      return new ForbiddenError('Your task does not include this part of the record.');
    case 'read_only_access':
      return new ForbiddenError('Access granted with a reason is read-only.');
    default:
      return new ForbiddenError();
  }
}
