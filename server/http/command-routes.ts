// An HTTP route is a thin adapter over a command: one declaration mounts it, assembles the
// command's input from the path parameters and the query (GET) or body, runs the command for the
// caller and answers; the same declaration documents the operation in OpenAPI. No route changes
// state outside this path (test/commands/enumeration.test.ts walks every mounted route).
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context';
import { describeCommand, type Runnable } from '../commands/define';
import { runCommand } from '../commands/run';
import { describeApi, type ApiOperation } from '../openapi/registry';
import { registerMount } from '../commands/registry';
import { actorOf } from './actor';
import { cachedAnswer, PUBLIC_MAX_AGE_S } from './public-cache';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteOptions<O> {
  summary: string;
  tags: string[];
  /** 200 by default; 201 for a creation; 204 answers nothing. */
  status?: 200 | 201 | 204;
  /**
   * How the result goes out: `data` (default) as `{ data }`, `body` as the whole JSON body (lists
   * that add `total`), or a function that writes the response itself (files, feeds, pages).
   */
  reply?: 'data' | 'body' | ((res: Response, output: O, req: Request) => void | Promise<void>);
  /** The documented schema of what goes out (inside `{ data }` for `reply: 'data'`). */
  response?: z.ZodType;
  /** The media type of a reply written by a function (e.g. `text/csv`), for the documentation. */
  responseContentType?: string;
  /** Further documented answers, e.g. `{ 409: 'Already signed' }`. */
  errors?: Record<number, string>;
  /** Documented input when it is not derived from the command's input (e.g. multipart). */
  body?: z.ZodType;
  bodyContentType?: string;
  query?: z.ZodObject;
  /** Assembles the command's input itself (e.g. from a parsed multipart body). */
  input?: (req: Request) => Promise<unknown>;
  /** Middleware before the command (e.g. an address rate limit). */
  before?: RequestHandler[];
  /** Who may call it, for the documentation (the policy decides). */
  auth?: string;
  /**
   * A public read answered from the public cache for anonymous callers: the command families
   * (first part of a command's name, e.g. `meeting`) whose writes change the answer.
   */
  cache?: { dependsOn: readonly string[] };
}

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const pathParams = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

function documentedInput(method: Method, path: string, command: Runnable) {
  const { input } = describeCommand(command);
  if (!(input instanceof z.ZodObject)) return {};
  const params = new Set(pathParams(path));
  const shape = Object.fromEntries(
    Object.entries(input.shape as Record<string, z.ZodType>).filter(([key]) => !params.has(key)),
  );
  if (Object.keys(shape).length === 0) return {};
  const rest = z.object(shape);
  return method === 'get' ? { query: rest } : { body: rest };
}

function describe<O>(
  method: Method,
  fullPath: string,
  path: string,
  command: Runnable,
  options: RouteOptions<O>,
) {
  const status = options.status ?? 200;
  const success =
    options.response && (options.reply ?? 'data') === 'data'
      ? z.object({ data: options.response })
      : options.response;
  const responses: ApiOperation['responses'] = {
    [status]: {
      description: options.summary,
      ...(success ? { schema: success } : {}),
      ...(options.responseContentType ? { contentType: options.responseContentType } : {}),
    },
  };
  for (const [code, description] of Object.entries(options.errors ?? {})) {
    responses[Number(code)] = { description };
  }
  const derived = documentedInput(method, path, command);
  const { policy } = describeCommand(command);
  const auth =
    options.auth ?? (policy === 'public' ? undefined : policy === 'user' ? 'user' : 'policy');
  describeApi({
    method,
    path: toOpenApiPath(fullPath),
    summary: options.summary,
    tags: options.tags,
    ...(auth ? { auth } : {}),
    ...((options.query ?? derived.query) ? { query: options.query ?? derived.query } : {}),
    ...((options.body ?? derived.body) ? { body: options.body ?? derived.body } : {}),
    ...(options.bodyContentType ? { bodyContentType: options.bodyContentType } : {}),
    responses,
  });
}

function assembleInput(req: Request, method: Method): unknown {
  const from: unknown = method === 'get' ? req.query : req.body;
  const base = from && typeof from === 'object' && !Array.isArray(from) ? from : {};
  // Path parameters last: a body cannot name another subject than the path does.
  return { ...base, ...req.params };
}

/** A router whose routes are commands. `prefix` is where it is mounted (for the documentation). */
export class CommandRouter {
  readonly router = Router();

  constructor(
    private readonly app: AppContext,
    private readonly prefix: string,
  ) {}

  get<O>(path: string, command: Runnable<O>, options: RouteOptions<O>) {
    return this.mount('get', path, command, options as RouteOptions<unknown>);
  }
  post<O>(path: string, command: Runnable<O>, options: RouteOptions<O>) {
    return this.mount('post', path, command, options as RouteOptions<unknown>);
  }
  put<O>(path: string, command: Runnable<O>, options: RouteOptions<O>) {
    return this.mount('put', path, command, options as RouteOptions<unknown>);
  }
  patch<O>(path: string, command: Runnable<O>, options: RouteOptions<O>) {
    return this.mount('patch', path, command, options as RouteOptions<unknown>);
  }
  delete<O>(path: string, command: Runnable<O>, options: RouteOptions<O>) {
    return this.mount('delete', path, command, options as RouteOptions<unknown>);
  }

  private mount(method: Method, path: string, command: Runnable, options: RouteOptions<unknown>) {
    const fullPath = `${this.prefix}${path}`;
    describe(method, fullPath, path, command, options);
    registerMount({ kind: 'http', method, path: fullPath, command });
    const cache = method === 'get' ? options.cache : undefined;
    const handler: RequestHandler = async (req, res) => {
      if (cache && !req.user && typeof options.reply !== 'function') {
        return this.answerPublic(req, res, command, options, cache.dependsOn);
      }
      const raw = options.input ? await options.input(req) : assembleInput(req, method);
      const output = await runCommand(this.app, command, actorOf(req), raw);
      const reply = options.reply ?? 'data';
      if (typeof reply === 'function') return reply(res, output, req);
      const status = options.status ?? 200;
      if (status === 204) return void res.status(204).end();
      res.status(status).json(reply === 'data' ? { data: output } : output);
    };
    this.router[method](path, ...(options.before ?? []), handler);
    return this;
  }

  /** An anonymous public read: from the public cache, with an ETag and a short max-age. */
  private async answerPublic(
    req: Request,
    res: Response,
    command: Runnable,
    options: RouteOptions<unknown>,
    dependsOn: readonly string[],
  ): Promise<void> {
    const answer = await this.app.publicCache.answer(req.originalUrl, dependsOn, async () => {
      const raw = options.input ? await options.input(req) : assembleInput(req, 'get');
      const output = await runCommand(this.app, command, actorOf(req), raw);
      return cachedAnswer(
        options.status ?? 200,
        options.reply === 'body' ? output : { data: output },
      );
    });
    res.set('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_S}`);
    res.set('Vary', 'Cookie');
    res.set('ETag', answer.etag);
    if (req.headers['if-none-match'] === answer.etag) return void res.status(304).end();
    res.status(answer.status).type('application/json').send(answer.body);
  }
}
