// With REDIS_URL, rooms are shared between app nodes through the Redis Streams adapter, which
// (unlike the classic pub/sub adapter) keeps connection state recovery working. Losing Redis must
// not take the node down: the clients reconnect by themselves, the loss and the return are logged
// once each, and motesplats_redis_up says which it is; meanwhile each node serves its own sockets
// and rate limits fall back to memory.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logger';
import { registerGauge } from '../metrics';
import type { AppServer } from './io';

export interface RedisLink {
  /** A connection of its own for other shared state (rate limits); the adapter keeps its own. */
  client: RedisClientType;
  stop(): Promise<void>;
}

export async function attachRedisAdapter(
  io: AppServer,
  redisUrl: string,
  logger?: Logger,
): Promise<RedisLink> {
  const adapterClient = createClient({ url: redisUrl });
  const client = adapterClient.duplicate();
  let lost = false;
  // Without an error listener a dropped connection is thrown and ends the process.
  adapterClient.on('error', (error: Error) => {
    if (lost) return;
    lost = true;
    logger?.error(
      { err: { message: error.message } },
      'Redis connection lost: until it is back, events reach only the clients of this node',
    );
  });
  adapterClient.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger?.info('Redis connection restored');
  });
  client.on('error', () => undefined);
  registerGauge('motesplats_redis_up', 'Whether the Redis connection is up (1) or not (0)', () =>
    adapterClient.isReady ? 1 : 0,
  );
  await Promise.all([adapterClient.connect(), client.connect()]);
  io.adapter(createAdapter(adapterClient));
  return {
    client,
    stop: async () => {
      await Promise.all([adapterClient.quit(), client.quit()].map((p) => p.catch(() => undefined)));
    },
  };
}
