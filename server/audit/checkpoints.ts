// Checkpoints of the audit chain: every few hours, when the chain has grown, its head `{ seq, hash,
// at }` is stored and published (GET /api/v1/audit/checkpoints). Someone with database access
// could rewrite or cut the tail of the chain and recompute every hash after it; a list of
// checkpoints saved by others (a registrar, an auditor, an archive) shows it:
// `npm run cli -- audit-verify --checkpoints <file>`. Several nodes may run the scheduler; a
// checkpoint's id is its seq, so the same head is stored once.
import mongoose, { Schema } from 'mongoose';
import { z } from 'zod';
import type { Logger } from '../logger';
import { AuditEntry } from './model';

const checkpointSchema = new Schema(
  {
    _id: { type: String, required: true }, // the seq, so two nodes store one head once
    seq: { type: Number, required: true },
    hash: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
checkpointSchema.index({ seq: -1 });
export const AuditCheckpoint = mongoose.model('AuditCheckpoint', checkpointSchema);

/** A new checkpoint when the chain grew and the last one is this old (at least four a day). */
export const CHECKPOINT_EVERY_MS = 6 * 60 * 60 * 1000;
/** How often the scheduler looks. */
export const CHECKPOINT_TICK_MS = 15 * 60 * 1000;

export const CheckpointSchema = z.object({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
});
export type PublishedCheckpoint = z.infer<typeof CheckpointSchema>;

/** A saved list: as the API answers it (`{ data: [...] }`) or the bare list. */
export const CheckpointFileSchema = z.union([
  z.array(CheckpointSchema),
  z.object({ data: z.array(CheckpointSchema) }).transform((file) => file.data),
]);

export async function listCheckpoints(): Promise<PublishedCheckpoint[]> {
  const stored = await AuditCheckpoint.find({}).sort({ seq: 1 }).lean();
  return stored.map((c) => ({ seq: c.seq, hash: c.hash, at: c.at.toISOString() }));
}

/** Stores the chain's head as a checkpoint if the chain grew since the last one and that one is
 * older than `everyMs` (0: whenever it grew). Answers the new checkpoint, if any. */
export async function writeCheckpoint(
  everyMs = CHECKPOINT_EVERY_MS,
  now = new Date(),
): Promise<PublishedCheckpoint | undefined> {
  const last = await AuditCheckpoint.findOne({}, { seq: 1, at: 1 }).sort({ seq: -1 }).lean();
  if (last && now.getTime() - last.at.getTime() < everyMs) return undefined;
  const head = await AuditEntry.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean();
  if (!head || (last && head.seq <= last.seq)) return undefined;
  try {
    await AuditCheckpoint.create({
      _id: String(head.seq),
      seq: head.seq,
      hash: head.hash,
      at: now,
    });
  } catch (error) {
    // Another node stored this head a moment ago.
    if ((error as { code?: number }).code === 11000) return undefined;
    throw error;
  }
  return { seq: head.seq, hash: head.hash, at: now.toISOString() };
}

/** Starts the checkpoint scheduler (a first look right away); answers how to stop it. */
export function startAuditCheckpoints(
  logger: Logger,
  options: { everyMs?: number; tickMs?: number } = {},
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    running ??= writeCheckpoint(options.everyMs)
      .then((checkpoint) => {
        if (checkpoint) logger.info({ seq: checkpoint.seq }, 'audit checkpoint stored');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'audit checkpoint failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.tickMs ?? CHECKPOINT_TICK_MS);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
