import { Router, type Request, type Response } from 'express';
import type { OpenApiRegistry, OperationSpec } from '../openapi/registry.js';

export type RouteHandler = (req: Request, res: Response) => Promise<void> | void;

/**
 * A feature's router: each route is declared with its OpenAPI operation, so documenting a route is
 * not a separate step that can be forgotten. Express 5 forwards rejected promises to the error pipeline.
 */
export class ApiRouter {
  readonly router = Router();

  constructor(
    private readonly registry: OpenApiRegistry,
    /** The mount point, e.g. `/api/v1/children`, used only for the document. */
    private readonly mountPath: string,
  ) {}

  route(spec: Omit<OperationSpec, 'path'> & { path: string }, handler: RouteHandler): this {
    const fullPath = (this.mountPath + spec.path).replace(/\/$/, '') || '/';
    this.registry.add({ ...spec, path: fullPath });
    this.router[spec.method](spec.path, handler);
    return this;
  }
}
