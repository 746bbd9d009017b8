// A path parameter as a string (Express 5's types allow arrays for wildcard segments; ours are
// single segments).
import type { Request } from 'express';

export function pathParam(req: Request, name: string): string {
  const value: unknown = req.params[name];
  return typeof value === 'string' ? value : '';
}
