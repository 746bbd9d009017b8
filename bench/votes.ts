// `npm run bench:votes`: 1,000 votes a second for 60 s from 2,000 signed-in people on 50 visible
// questions (each person's votes go up and sometimes back down). Prints the acknowledgement
// latency (p50/p95/p99/max), the server's event-loop delay p99, and `lost: N` after comparing
// every question's stored count with its stored vote rows. Before the votes, the database's own
// insert latency at the same rate (bench/db-floor.ts, `--floor-seconds 10`): the floor the
// acknowledgement cannot beat here; the ack p95 is reported as a ratio to it. Loopback only;
// bounded in time.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LiveQuestionModel, LiveVoteModel } from '../server/features/live/model';
import { flushVotes } from '../server/features/live/votes';
import { announcer } from '../server/realtime/rooms';
import { insertFloor } from './db-floor';
import {
  arg,
  createOpenSession,
  fmt,
  processStats,
  signInPeople,
  startBenchApp,
  startClientsProcess,
} from './lib-live';

const PEOPLE = arg('people', 2000);
const PER_SECOND = arg('rate', 1000);
const SECONDS = arg('seconds', 60);
const QUESTIONS = arg('questions', 50);
// Taking a vote back deletes its row: FerretDB scans the whole collection for a delete (even by
// _id), so the default mix is votes and repeated votes; `--takeback 0.3` adds take-backs.
const TAKE_BACK = arg('takeback', 0);
const FLOOR_SECONDS = arg('floor-seconds', Math.min(10, SECONDS));

/** `: TIMEOUT 3, ...` after the failed count, or nothing when none failed. */
function failedBecause(reasons: Record<string, number>): string {
  const parts = Object.entries(reasons).map(([reason, n]) => `${reason} ${n}`);
  return parts.length === 0 ? '' : `: ${parts.join(', ')}`;
}

async function main() {
  console.log(
    `bench:votes: ${PER_SECOND} votes/s for ${SECONDS} s from ${PEOPLE} people on ${QUESTIONS} questions (take-back share ${TAKE_BACK})`,
  );
  const app = await startBenchApp();
  // The floor first, on the idle server's connection to the same database.
  const floor = await insertFloor(PER_SECOND, FLOOR_SECONDS);
  console.log(
    `database floor: ${floor.count} single inserts at ${floor.perSecond.toFixed(0)}/s (${floor.failed} failed): ` +
      `p50 ${fmt(floor.p50)}, p95 ${fmt(floor.p95)}, p99 ${fmt(floor.p99)}, max ${fmt(floor.max)}`,
  );
  const people = await signInPeople(app, PEOPLE);
  const { sessionId, questionIds } = await createOpenSession(people[0]!.id, QUESTIONS, 'visible');
  const clients = startClientsProcess();
  try {
    const connected = await clients.request<{ connected: number; error?: string }>({
      type: 'connect',
      url: app.url,
      count: PEOPLE,
      cookies: people.map((p) => p.cookie),
      payload: { sessionId },
      event: 'live:join',
    });
    if (connected.error) throw new Error(connected.error);
    console.log(`connected ${connected.connected} signed-in clients`);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const cpuStart = processStats().cpuMs;
    const started = performance.now();
    const result = await clients.request<{
      count: number;
      p50: number;
      p95: number;
      p99: number;
      max: number;
      failed: number;
      reasons: Record<string, number>;
      sent: number;
      elapsedSeconds: number;
    }>({ type: 'vote', questionIds, perSecond: PER_SECOND, seconds: SECONDS, takeBack: TAKE_BACK });
    delay.disable();
    const cpuPercent = ((processStats().cpuMs - cpuStart) / (performance.now() - started)) * 100;
    console.log(
      `votes: ${result.count} acknowledged of ${result.sent} sent (${result.failed} failed${failedBecause(result.reasons)}) in ${result.elapsedSeconds.toFixed(1)} s` +
        ` = ${(result.count / result.elapsedSeconds).toFixed(0)}/s` +
        `\n  ack latency: p50 ${fmt(result.p50)}, p95 ${fmt(result.p95)}, p99 ${fmt(result.p99)}, max ${fmt(result.max)}` +
        `\n  event-loop delay: p50 ${fmt(delay.percentile(50) / 1e6)}, p99 ${fmt(delay.percentile(99) / 1e6)}, max ${fmt(delay.max / 1e6)}` +
        `; server CPU ${cpuPercent.toFixed(0)} %` +
        `\n  ack p95 / database insert p95 at the same rate: ${(result.p95 / floor.p95).toFixed(1)}×`,
    );

    // Votes whose acknowledgement timed out may still be in the server's queue: wait until the
    // stored rows stop changing (at most 5 minutes), then compare until the counts settle.
    let settled = -1;
    for (let waited = 0; waited < 300; waited += 3) {
      const now = await LiveVoteModel.countDocuments({ sessionId });
      if (now === settled) break;
      settled = now;
      await new Promise((r) => setTimeout(r, 3000));
    }
    let rows: Array<{ questionId: string }> = [];
    let lost = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      await new Promise((r) => setTimeout(r, 1000));
      await flushVotes(announcer(app.server.ctx.io));
      rows = await LiveVoteModel.find({ sessionId }, { questionId: 1 }).lean();
      const counted = new Map<string, number>();
      for (const row of rows) counted.set(row.questionId, (counted.get(row.questionId) ?? 0) + 1);
      const questions = await LiveQuestionModel.find({ sessionId }, { votes: 1 }).lean();
      lost = 0;
      for (const q of questions) {
        lost += Math.abs((q.votes ?? 0) - (counted.get(String(q._id)) ?? 0));
      }
      if (lost === 0) break;
    }
    console.log(`stored votes: ${rows.length}; lost: ${lost}`);
  } finally {
    clients.stop();
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
