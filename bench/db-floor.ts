// The floor under a write path: the database's own insert latency at a given rate, measured with
// the native driver on the app's connection (no app code in between). Rows shaped like vote rows,
// one insert each, sent at `perSecond` without waiting for the previous one (as votes arrive), into
// a scratch collection dropped afterwards. An acknowledgement that needs one such insert cannot be
// faster than this on this database and machine.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { percentiles } from './lib-live';

export interface Floor {
  count: number;
  failed: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

export async function insertFloor(perSecond: number, seconds: number): Promise<Floor> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  const collection = db.collection<{ _id: string }>(`floor_${randomBytes(4).toString('hex')}`);
  await collection.insertOne({ _id: 'warm-up' });
  const latencies: number[] = [];
  let failed = 0;
  const inserts: Array<Promise<void>> = [];
  const total = Math.round(perSecond * seconds);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    // Open loop: the i-th insert leaves at its time, whatever the earlier ones are doing.
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const sent = performance.now();
    inserts.push(
      collection
        .insertOne({
          _id: `${i}:${randomBytes(6).toString('hex')}`,
          questionId: randomBytes(12).toString('hex'),
          sessionId: randomBytes(12).toString('hex'),
          userId: randomBytes(12).toString('hex'),
          createdAt: new Date(),
        } as { _id: string })
        .then(
          () => void latencies.push(performance.now() - sent),
          () => void failed++,
        ),
    );
  }
  await Promise.all(inserts);
  const elapsed = (performance.now() - started) / 1000;
  await collection.drop().catch(() => undefined);
  return { ...percentiles(latencies), failed, perSecond: latencies.length / elapsed };
}
