import { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface OperationSpec {
  method: HttpMethod;
  /** Express path, e.g. `/api/v1/children/:id`; documented as `/api/v1/children/{id}`. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  /** False for the few public routes (health, login); documented as not needing the session cookie. */
  authenticated?: boolean;
}

/**
 * Every API route is declared through an `OperationSpec`, and the OpenAPI document is generated from
 * the same list, so the document cannot drift from the routes (a spec also calls every documented
 * operation to prove it is routed).
 */
export class OpenApiRegistry {
  private readonly operations: OperationSpec[] = [];

  add(operation: OperationSpec): void {
    this.operations.push(operation);
  }

  list(): readonly OperationSpec[] {
    return this.operations;
  }

  document(info: { title: string; version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of this.operations) {
      const openApiPath = op.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      paths[openApiPath] ??= {};
      paths[openApiPath][op.method] = operationObject(op);
    }
    return {
      openapi: '3.1.0',
      info: { ...info, description: 'Kehä API. Errors use the body {error:{code,message,details}}.' },
      servers: [{ url: '/' }],
      components: {
        schemas: { Error: errorSchema },
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'keha.sid' } },
      },
      paths,
    };
  }
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

function jsonSchema(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' });
}

function operationObject(op: OperationSpec): Record<string, unknown> {
  const parameters = [...op.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = response.schema
      ? {
          description: response.description,
          content: { 'application/json': { schema: jsonSchema(response.schema) } },
        }
      : { description: response.description };
  }
  responses['default'] = {
    description: 'Error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return {
    summary: op.summary,
    tags: [op.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body) } } } }
      : {}),
    ...(op.authenticated === false ? { security: [] } : { security: [{ session: [] }] }),
    responses,
  };
}
