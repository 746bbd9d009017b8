// Lists every route an Express app answers: method and full path, from its router stack (each
// mounted router's path joined with its routes' paths).
import type { Express } from 'express';

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

export interface ListedRoute {
  method: string;
  path: string;
}

const join = (prefix: string, path: unknown) =>
  typeof path === 'string' ? `${prefix}${path === '/' ? '' : path}` : `${prefix}${String(path)}`;

function walk(stack: Layer[], prefix: string, out: ListedRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods)) {
        if (method === '_all') continue;
        out.push({ method: method.toUpperCase(), path: join(prefix, layer.route.path) });
      }
    } else if (layer.handle?.stack) {
      walk(layer.handle.stack, join(prefix, layer.rawPath ?? ''), out);
    }
  }
}

export function listRoutes(app: Express): ListedRoute[] {
  const out: ListedRoute[] = [];
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', out);
  return out;
}
