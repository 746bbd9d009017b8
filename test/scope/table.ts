// The body-scope table: for every mounted route and socket event, either why it is not scoped to a
// body (anyone may, any signed-in person may, or it acts only on the caller's own things), or how
// to call it on a thing of one body as a person whose roles are all scoped to another body — who
// must then be refused. Each feature keeps its entries in a file of its own here.
import type { Body } from '../../server/features/bodies/model';
import type { TestApp } from '../helpers/app';
import type { HttpClient } from '../helpers/http';

export interface ScopeFixtures {
  app: TestApp;
  /** The body the subjects belong to. */
  homeBodyId: string;
  /** A secretary (and admin-free) staff member of the home body, to build subjects with. */
  homeStaff: HttpClient;
  /** Holds official, secretary, moderator and admin, all scoped to another body. */
  foreign: HttpClient;
  foreignId: string;
  /** The other body itself (where the foreign person's grants hold). */
  otherBodyId: string;
  bodyModel: typeof Body;
}

/** One request that must be refused. Path parameters fill `:name` in the route's path. */
export type ScopeCall =
  | { params?: Record<string, string>; body?: unknown; query?: Record<string, string> }
  | { payload: unknown };

export type ScopeEntry =
  | { open: 'anyone' | 'signed-in' | 'own'; why?: string }
  | { refuse: (fx: ScopeFixtures) => ScopeCall | Promise<ScopeCall>; expect?: 403 | 404 };

/** Keyed `METHOD /full/path/:param` or `socket event:name`. */
export type ScopeTable = Record<string, ScopeEntry>;
