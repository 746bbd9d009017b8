// With REDIS_URL, rooms are shared between app nodes through the Redis Streams adapter, which
// (unlike the classic pub/sub adapter) keeps connection state recovery working.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient, type RedisClientType } from 'redis';
import type { AppServer } from './io';

export interface RedisLink {
  /** A connection of its own for other shared state (rate limits); the adapter keeps its own. */
  client: RedisClientType;
  stop(): Promise<void>;
}

export async function attachRedisAdapter(io: AppServer, redisUrl: string): Promise<RedisLink> {
  const adapterClient = createClient({ url: redisUrl });
  const client = adapterClient.duplicate();
  // A client without an error listener would crash the process when Redis goes away; the
  // clients reconnect by themselves, and until then each node serves its own sockets.
  for (const c of [adapterClient, client]) c.on('error', () => undefined);
  await Promise.all([adapterClient.connect(), client.connect()]);
  io.adapter(createAdapter(adapterClient));
  return {
    client,
    stop: async () => {
      await Promise.all([adapterClient.quit(), client.quit()].map((p) => p.catch(() => undefined)));
    },
  };
}
