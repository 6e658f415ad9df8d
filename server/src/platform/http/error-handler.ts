import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody } from '@keha/shared';
import { AppError, HTTP_STATUS, NotFoundError } from '../errors.js';
import type { Logger } from '../logging.js';

/** body-parser marks its own failures with `type` and `status`; they are the client's fault. */
interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const parserError = err as BodyParserError;
  switch (parserError?.type) {
    case 'entity.parse.failed':
      return new AppError('bad_request', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is larger than the 1 MB limit.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('bad_request', 'The request body encoding is not supported.');
    case 'request.aborted':
      return new AppError('bad_request', 'The request was aborted.');
  }
  if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
    return new AppError('bad_request', 'The request could not be read.');
  }
  return null;
}

export function apiNotFound(): RequestHandler {
  return (req, _res, next) => next(new NotFoundError(`No API route for ${req.method} ${req.path}.`));
}

/** The one error pipeline: typed errors become `{error:{code,message,details}}`, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const appError = toAppError(err);
    const failure =
      appError ?? new AppError('internal', 'Something went wrong on our side. It has been logged.');
    if (!appError) logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled request error');
    const body: ApiErrorBody = { error: { code: failure.code, message: failure.message } };
    if (failure.details?.length) body.error.details = failure.details;
    if (failure.current !== undefined) body.error.current = failure.current;
    res.status(HTTP_STATUS[failure.code]).json(body);
  };
}
