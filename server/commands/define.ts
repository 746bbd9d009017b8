// An action, declared once: its input schema, how its subject is loaded, who may do it (given the
// subject, and so the subject's body), the work, the audit entry, the announcement to the rooms
// that must see it, and how the result is presented. The runner (run.ts) executes these steps in
// this order for every adapter (an HTTP route, a socket event, a scheduler).
import type { z } from 'zod';
import type { AppContext } from '../context';
import type { CurrentUser } from '../auth/current-user';
import type { AuditInput } from '../audit/service';
import type { Announcer } from '../realtime/rooms';
import type { PersonLimit } from './limits';

/** Who is acting, as the adapter saw them. */
export interface Actor {
  user?: CurrentUser;
  /** The client address (resolved through the TRUST_PROXY rule for HTTP and sockets alike). */
  ip?: string;
  via: 'http' | 'socket' | 'system';
  /** When the person logged in with e-ID (ms since epoch), for actions that need a fresh login. */
  loginAt?: number;
  /** Over a socket: the rooms it may join or leave (joining a room happens before its snapshot is read). */
  rooms?: RoomMembership;
}

export interface RoomMembership {
  join(room: string): Promise<void> | void;
  leave(room: string): Promise<void> | void;
}

/**
 * Who may run the command: `'public'` (anyone, also anonymous), `'user'` (anyone signed in),
 * `'system'` (only the server's own schedulers; never mounted as a route or event), or a function
 * of the signed-in user and the loaded subject. An anonymous caller of anything but a public
 * command gets 401 before the input is even read; a refusal by the function is 403.
 */
export type Policy<S, I> =
  'public' | 'user' | 'system' | ((user: CurrentUser, subject: S, input: I) => boolean);

/** An audit entry as the command describes it; the runner adds the actor and the address. */
export type AuditDraft = Omit<AuditInput, 'actor' | 'ip'> & { actor?: string };

export interface Step<I, S> {
  app: AppContext;
  actor: Actor;
  /** The acting user (undefined for anonymous actors and the system). */
  user: CurrentUser | undefined;
  input: I;
  subject: S;
}

export interface CommandSpec<IS extends z.ZodType, S, R, O> {
  /** Dotted name, e.g. `proposal.sign`; also names the rate-limit and the metrics. */
  name: string;
  input: IS;
  /** Loads what the command acts on (404 when it does not exist or may not be seen). */
  load?: (input: z.output<IS>, actor: Actor) => Promise<S>;
  policy: Policy<S, z.output<IS>>;
  /**
   * The per-person limit taken before the work. Commands that write (have an `audit`) default to
   * the general write limit; `false` turns it off (e.g. a read that needs no limit).
   */
  limit?: PersonLimit | false;
  work: (step: Step<z.output<IS>, S>) => Promise<R>;
  audit?: (result: R, step: Step<z.output<IS>, S>) => AuditDraft | AuditDraft[] | null | undefined;
  /** Tells the rooms that must see it, after the write and the audit entry. */
  announce?: (result: R, step: Step<z.output<IS>, S>, rooms: Announcer) => Promise<unknown> | void;
  /**
   * Work that follows a stored change but must never turn it into an error answer (indexing,
   * notifying): awaited, failures logged.
   */
  followUp?: (result: R, step: Step<z.output<IS>, S>) => Promise<void>;
  present?: (result: R, step: Step<z.output<IS>, S>) => O | Promise<O>;
}

/**
 * What adapters and the runner need to know of any command, whatever its types: its name, its
 * policy (for the route and event enumeration) and, as a type only, what it answers.
 */
export interface Runnable<O = unknown> {
  readonly kind: 'command';
  readonly name: string;
  /** Type only: the presented output. */
  readonly output?: O;
}

/** The parts of any command that adapters document and tests enumerate. */
export function describeCommand(command: Runnable): { input: z.ZodType; policy: unknown } {
  const { input, policy } = command as unknown as CommandSpec<z.ZodType, unknown, unknown, unknown>;
  return { input, policy };
}

export type Command<
  IS extends z.ZodType = z.ZodType,
  S = unknown,
  R = unknown,
  O = R,
> = CommandSpec<IS, S, R, O> & Runnable<O>;

export function defineCommand<IS extends z.ZodType, S = undefined, R = void, O = R>(
  spec: CommandSpec<IS, S, R, O>,
): Command<IS, S, R, O> {
  return { ...spec, kind: 'command' };
}
