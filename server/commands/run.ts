// The one path of every action: parse → load → authorize → limit → work → audit → announce →
// follow-up → present. HTTP routes, socket events and schedulers all call `runCommand`; nothing
// else changes state. A transient database error in the work (SQLITE_BUSY, a retryable MongoDB
// error) is retried once here, so commands are written to be safe to repeat.
import type { AppContext } from '../context';
import { parseInput } from '../http/parse';
import { forbidden, unauthenticated } from '../errors';
import { recordAudit } from '../audit/service';
import { isTransient } from '../db/retry';
import { announcer } from '../realtime/rooms';
import { scopeOf } from '../http/public-cache';
import type { Actor, AuditDraft, CommandSpec, Runnable, Step } from './define';
import { tellObservers } from './observers';

/** The command with its generics erased: each step hands the previous step's value on unchanged. */
type AnySpec = CommandSpec<never, unknown, unknown, unknown>;
type AnyStep = Step<never, unknown>;

/** The actor of the server's own work (schedulers). */
export const SYSTEM: Actor = { via: 'system' };

function allowed(spec: AnySpec, step: AnyStep): boolean {
  const { policy } = spec;
  if (policy === 'public') return true;
  if (policy === 'system') return step.actor.via === 'system';
  if (!step.user) return false;
  return policy === 'user' || policy(step.user, step.subject, step.input);
}

const asList = (drafts: AuditDraft | AuditDraft[] | null | undefined): AuditDraft[] =>
  drafts ? (Array.isArray(drafts) ? drafts : [drafts]) : [];

export async function runCommand<O>(
  app: AppContext,
  command: Runnable<O>,
  actor: Actor,
  raw: unknown,
): Promise<O> {
  const spec = command as unknown as AnySpec;
  // 401 before anything else: an anonymous caller learns nothing of the input or the subject.
  if (!actor.user && spec.policy !== 'public' && spec.policy !== 'system') throw unauthenticated();
  const input: never = parseInput(spec.input, raw);
  const subject = spec.load ? await spec.load(input, actor) : undefined;
  const step: AnyStep = { app, actor, user: actor.user, input, subject };

  if (!allowed(spec, step)) throw actor.user ? forbidden() : unauthenticated();
  const limit = spec.limit ?? (spec.audit ? 'write' : false);
  if (limit && actor.user) await app.limits.takePerson(limit, actor.user.id);

  let result: unknown;
  try {
    result = await spec.work(step);
  } catch (error) {
    if (!isTransient(error)) throw error;
    result = await spec.work(step);
  }

  if (spec.audit) {
    // A write: public answers of this family are read anew, here and on the other nodes.
    const scope = scopeOf(spec.name);
    app.publicCache.bump(scope);
    app.nodes.tell('cache:bump', scope);
  }
  const drafts = asList(spec.audit?.(result, step));
  if (drafts.length > 0) {
    const fallback = actor.via === 'system' ? 'system' : 'anonymous';
    await Promise.all(
      drafts.map((draft) =>
        recordAudit({
          ...draft,
          actor: draft.actor ?? actor.user?.id ?? fallback,
          ...(actor.ip ? { ip: actor.ip } : {}),
        }),
      ),
    );
  }
  // Stored and audited: from here on nothing turns the action into an error answer.
  if (spec.announce) {
    await Promise.resolve(spec.announce(result, step, announcer(app.io))).catch((error: unknown) =>
      app.logger.error({ err: error, command: spec.name }, 'announcing a command failed'),
    );
  }
  if (spec.audit) await tellObservers({ app, name: spec.name, actor });
  if (spec.followUp) {
    await spec
      .followUp(result, step)
      .catch((error: unknown) =>
        app.logger.error({ err: error, command: spec.name }, 'follow-up of a command failed'),
      );
  }
  return (spec.present ? await spec.present(result, step) : result) as O;
}
