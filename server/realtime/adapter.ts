// With REDIS_URL, rooms are shared between app nodes through the Redis Streams adapter, which
// (unlike the classic pub/sub adapter) keeps connection state recovery working. Losing Redis must
// not take the node down: the client reconnects by itself, the loss and the return are logged
// once each, and motesplats_redis_up says which it is.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger';
import { registerGauge } from '../metrics';
import type { AppServer } from './io';

export async function attachRedisAdapter(
  io: AppServer,
  redisUrl: string,
  logger?: Logger,
): Promise<() => Promise<void>> {
  const client = createClient({ url: redisUrl });
  let lost = false;
  // Without an error listener a dropped connection is thrown and ends the process.
  client.on('error', (error: Error) => {
    if (lost) return;
    lost = true;
    logger?.error(
      { err: { message: error.message } },
      'Redis connection lost: until it is back, events reach only the clients of this node',
    );
  });
  client.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger?.info('Redis connection restored');
  });
  registerGauge('motesplats_redis_up', 'Whether the Redis connection is up (1) or not (0)', () =>
    client.isReady ? 1 : 0,
  );
  await client.connect();
  io.adapter(createAdapter(client));
  return async () => {
    await client.quit().catch(() => undefined);
  };
}
