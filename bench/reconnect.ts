// `npm run bench:reconnect`: 2,000 watchers of one session; 30 % of them lose the connection for
// 10 s while questions are approved at a steady rate. Prints how many came back, how (connection
// state recovery or a re-join with the full state), and how many clients missed an approved
// question. Loopback only; bounded in time.
import {
  arg,
  createOpenSession,
  signInPeople,
  startBenchApp,
  startClientsProcess,
} from './lib-live';

const CLIENTS = arg('clients', 2000);
const FRACTION = arg('fraction', 0.3);
const DOWN_MS = arg('down', 10_000);
const QUESTIONS = arg('questions', 40);
const PER_SECOND = arg('rate', 2);

async function main() {
  console.log(
    `bench:reconnect: ${CLIENTS} clients, ${FRACTION * 100} % dropped for ${DOWN_MS / 1000} s, ${QUESTIONS} approvals at ${PER_SECOND}/s`,
  );
  const app = await startBenchApp();
  const [moderator] = await signInPeople(app, 1, [{ role: 'moderator' }]);
  const { sessionId, questionIds } = await createOpenSession(moderator!.id, QUESTIONS);
  const clients = startClientsProcess();
  try {
    const connected = await clients.request<{ connected: number; error?: string }>({
      type: 'connect',
      url: app.url,
      count: CLIENTS,
      payload: { sessionId },
      event: 'live:join',
    });
    if (connected.error) throw new Error(connected.error);
    // Approvals start, and after 3 s (so every client has received something) 30 % drop out.
    const approving = clients.request<{ missing: number; count: number; failedAcks: number }>({
      type: 'approve',
      url: app.url,
      cookie: moderator!.cookie,
      questionIds,
      perSecond: PER_SECOND,
      event: 'live:moderate',
    });
    await new Promise((r) => setTimeout(r, 3000));
    const { dropped } = await clients.request<{ dropped: number }>({
      type: 'drop',
      fraction: FRACTION,
      downMs: DOWN_MS,
    });
    const approved = await approving;
    await new Promise((r) => setTimeout(r, 2000));
    const report = await clients.request<Record<string, number>>({
      type: 'report',
      questionIds,
      dropped,
    });
    console.log(
      `dropped ${report.dropped} of ${connected.connected} for ${DOWN_MS / 1000} s; ` +
        `back: ${report.connectedAgain} (state recovery: ${report.recoveredByStateRecovery}, ` +
        `re-join with full state: ${report.recoveredByResync}); ` +
        `clients that missed an event: ${report.clientsMissingAnEvent}; ` +
        `approvals failed: ${approved.failedAcks}`,
    );
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
