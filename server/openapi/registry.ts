// The OpenAPI 3.1 description, built from the same zod schemas the routes validate with.
// Each routes.ts describes its operations with `describeApi` next to the route itself.
import { z } from 'zod';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ApiOperation {
  method: Method;
  /** OpenAPI style, e.g. `/api/v1/meetings/{id}`. */
  path: string;
  summary: string;
  tags?: string[];
  /** Who may call it, e.g. 'user', 'secretary'; omitted for anyone. */
  auth?: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Content type of the body when it is not JSON (e.g. multipart/form-data). */
  bodyContentType?: string;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

const operations: ApiOperation[] = [];

export function describeApi(operation: ApiOperation): void {
  operations.push(operation);
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodType, 'input'),
  }));
}

export function buildOpenApiDocument(info: { publicUrl: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const sorted = [...operations].sort((a, b) => a.path.localeCompare(b.path));
  for (const op of sorted) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = response.schema
        ? {
            description: response.description,
            content: {
              [response.contentType ?? 'application/json']: {
                schema: jsonSchema(response.schema, 'output'),
              },
            },
          }
        : { description: response.description };
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: op.tags,
      parameters: [...pathParameters(op.path), ...queryParameters(op.query)],
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                [op.bodyContentType ?? 'application/json']: {
                  schema: jsonSchema(op.body, 'input'),
                },
              },
            },
          }
        : {}),
      ...(op.auth && op.auth !== 'none'
        ? { security: [{ session: [] }], 'x-requires': op.auth }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mötesplats API',
      version: info.version,
      description:
        'Digital meeting places for local democracy. Success: `{ data }` (lists add `total`); failure: `{ error: { code, message, details? } }`.',
    },
    servers: [{ url: info.publicUrl }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'mp.sid' },
      },
    },
    paths,
  };
}
