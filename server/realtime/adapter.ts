// With REDIS_URL, rooms are shared between app nodes through the Redis Streams adapter, which
// (unlike the classic pub/sub adapter) keeps connection state recovery working.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { AppServer } from './io';

export async function attachRedisAdapter(
  io: AppServer,
  redisUrl: string,
): Promise<() => Promise<void>> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  io.adapter(createAdapter(client));
  return async () => {
    await client.quit().catch(() => undefined);
  };
}
