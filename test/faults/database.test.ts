// Fault: the database process is killed (SIGKILL, a crash) in the middle of a vote burst and
// started again on the same files a little later. Every vote whose acknowledgement said ok is
// counted afterwards (the voter's own votes say so, and each question's count equals the number of
// people who voted for it); votes refused meanwhile are refused cleanly, and the same app process
// takes votes again once the database is back. Prints the figures (docs/operations.md, "Fault
// tests").
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startFerretDb, type RunningFerretDb } from '../../server/db/ferretdb';
import { freePort } from '../../server/db/ports';
import { startCluster, type Cluster } from '../helpers/live-nodes';
import { emitAck } from '../helpers/socket';
import { openSession, socketsOf } from './cluster-sockets';

const VOTERS = 30;
const QUESTIONS = 5;

let dataDir = '';
let ferret: RunningFerretDb | undefined;
let cluster: Cluster | undefined;
const sockets = socketsOf();

afterAll(async () => {
  sockets.closeAll();
  await cluster?.stop();
  await ferret?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

interface Join {
  ok: boolean;
  data?: { questions: Array<{ id: string; votes: number }>; myVotes: string[] };
}

describe('the database killed during a vote burst', () => {
  it('counts every acknowledged vote once it is back', { timeout: 240_000 }, async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-fault-db-'));
    const dbPort = await freePort();
    ferret = await startFerretDb({ dataDir, port: dbPort });
    cluster = await startCluster(`mongodb://127.0.0.1:${dbPort}/`, 1);
    const node = cluster.nodes[0]!;

    const moderator = await cluster.person([{ role: 'moderator' }]);
    const sessionId = await openSession(node, moderator.cookie);
    const questionIds: string[] = [];
    for (let q = 0; q < QUESTIONS; q++) {
      // One asker per question: a person may ask three a minute.
      const asker = await sockets.on(node, (await cluster.person()).cookie);
      const asked = await emitAck(asker, 'live:ask', { sessionId, text: `Fråga ${q + 1}?` });
      if (!asked.ok) throw new Error(JSON.stringify(asked));
      questionIds.push((asked.data as { id: string }).id);
    }
    const voters: Array<{ cookie: string; socket: Socket }> = [];
    for (let v = 0; v < VOTERS; v++) {
      const person = await cluster.person();
      const socket = await sockets.on(node, person.cookie);
      expect((await emitAck(socket, 'live:join', { sessionId })).ok).toBe(true);
      voters.push({ cookie: person.cookie, socket });
    }

    // The burst: every voter votes for every question, a vote every 10 ms across the room. The
    // database dies after the first third was sent and is started again 2 s later.
    const acknowledged = new Map<string, Set<string>>(); // voter index → question ids
    const refused: string[] = [];
    const pending: Array<Promise<void>> = [];
    const total = VOTERS * QUESTIONS;
    let killedAt = 0;
    let restartedAt = 0;
    const restarted = (async () => {
      while (pending.length < Math.floor(total / 3)) await new Promise((r) => setTimeout(r, 5));
      await ferret.stop('SIGKILL');
      killedAt = performance.now();
      await new Promise((r) => setTimeout(r, 2_000));
      ferret = await startFerretDb({ dataDir, port: dbPort });
      restartedAt = performance.now();
    })();
    const burstStarted = performance.now();
    for (let q = 0; q < QUESTIONS; q++) {
      for (const [v, voter] of voters.entries()) {
        const questionId = questionIds[q]!;
        pending.push(
          emitAck(voter.socket, 'live:vote', { questionId, up: true }, 60_000).then(
            (ack) => {
              if (ack.ok) {
                const mine = acknowledged.get(String(v)) ?? new Set<string>();
                mine.add(questionId);
                acknowledged.set(String(v), mine);
              } else refused.push(ack.error.code);
            },
            () => void refused.push('timeout'),
          ),
        );
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    await Promise.all(pending);
    await restarted;
    const burstSeconds = (performance.now() - burstStarted) / 1000;
    const ackCount = [...acknowledged.values()].reduce((n, set) => n + set.size, 0);

    // Back: the same process takes a vote again (the time from restart to that is printed).
    const late = voters[0]!;
    let recoveredAt = 0;
    await expect
      .poll(
        async () => {
          const ack = await emitAck(late.socket, 'live:vote', {
            questionId: questionIds[0]!,
            up: true,
          });
          if (ack.ok) recoveredAt = performance.now();
          return ack.ok;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    acknowledged.set('0', new Set([...(acknowledged.get('0') ?? []), questionIds[0]!]));

    // Every acknowledged vote is stored: each voter's own votes include it, and each question's
    // count is the number of voters who have it among their votes (nothing counted twice).
    const joinAll = async () =>
      (await Promise.all(
        voters.map((voter) => emitAck(voter.socket, 'live:join', { sessionId }, 15_000)),
      )) as Join[];
    const notCounted = (answers: Join[]) =>
      answers.reduce((n, answer, v) => {
        const mine = new Set(answer.data?.myVotes ?? []);
        return n + [...(acknowledged.get(String(v)) ?? [])].filter((q) => !mine.has(q)).length;
      }, 0);
    let answers: Join[] = [];
    let lost = -1;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      answers = await joinAll();
      lost = notCounted(answers);
      if (lost === 0) break;
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const byCode = refused.reduce<Record<string, number>>(
      (counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }),
      {},
    );
    console.log(
      `fault database: ${total} votes sent in ${burstSeconds.toFixed(1)} s; database down ` +
        `${((restartedAt - killedAt) / 1000).toFixed(1)} s; ${ackCount} acknowledged, ` +
        `${refused.length} refused (${JSON.stringify(byCode)}); acknowledged and not counted: ${lost}; ` +
        `first vote taken ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the restart`,
    );
    expect(lost).toBe(0);
    await expect
      .poll(
        async () => {
          const state = (await emitAck(late.socket, 'live:join', { sessionId })) as Join;
          const counts = answers.flatMap((a) => a.data?.myVotes ?? []);
          return questionIds.map(
            (id) =>
              (state.data?.questions.find((q) => q.id === id)?.votes ?? -1) -
              counts.filter((c) => c === id).length,
          );
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toEqual(questionIds.map(() => 0));
  });
});
