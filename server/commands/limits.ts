// Rate limits, taken before the work ("reserve, then write"), so a burst cannot race past them:
// per person for every write (and tighter for comments and questions), per socket for events, and
// per client address only where one request is expensive (login start, ACS, uploads, search).
// Crowds share addresses (a council chamber's Wi-Fi, a mobile carrier's NAT), so address limits
// are generous. With REDIS_URL the counters are shared by every node (a memory limiter stands in
// while Redis is away); otherwise each node counts in memory.
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import { LIVE_ASKS_PER_MINUTE } from '@shared/schemas/live';
import { COMMENT_LIMITS } from '@shared/schemas/comments';
import { rateLimited } from '../errors';

interface LimitSpec {
  points: number;
  /** Window in seconds. */
  duration: number;
  scope: 'person' | 'address' | 'socket';
}

export const LIMITS = {
  /** Every write a person makes, whatever it is. */
  write: { points: 120, duration: 60, scope: 'person' },
  comment: { points: COMMENT_LIMITS.perMinute, duration: 60, scope: 'person' },
  /** Comments a person may write in 24 hours (taken by the comment command beside `comment`). */
  commentDay: { points: COMMENT_LIMITS.perDay, duration: 24 * 60 * 60, scope: 'person' },
  question: { points: LIVE_ASKS_PER_MINUTE, duration: 60, scope: 'person' },
  /** Events one socket may send (votes included): a burst of 40, 20 a second sustained. */
  socketEvent: { points: 40, duration: 2, scope: 'socket' },
  login: { points: 300, duration: 60, scope: 'address' },
  acs: { points: 300, duration: 60, scope: 'address' },
  upload: { points: 60, duration: 60, scope: 'address' },
  search: { points: 300, duration: 60, scope: 'address' },
} as const satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMITS;
/** The limits a command may name: those counted per person. */
export type PersonLimit = ScopedName<'person'>;
type ScopedName<S extends LimitSpec['scope']> = {
  [K in LimitName]: (typeof LIMITS)[K]['scope'] extends S ? K : never;
}[LimitName];

export interface Limits {
  takePerson(name: ScopedName<'person'>, userId: string): Promise<void>;
  takeAddress(name: ScopedName<'address'>, ip: string | undefined): Promise<void>;
  takeSocket(socketId: string): Promise<void>;
}

export interface LimitOptions {
  redis?: RedisClientType;
  /** Called for every refusal (metrics). */
  onRefused?: (name: LimitName) => void;
}

function limiter(name: LimitName, spec: LimitSpec, redis?: RedisClientType): RateLimiterAbstract {
  const memory = new RateLimiterMemory({
    keyPrefix: `rl:${name}`,
    points: spec.points,
    duration: spec.duration,
  });
  // A socket lives on one node: its counter needs no sharing.
  if (!redis || spec.scope === 'socket') return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    keyPrefix: `rl:${name}`,
    points: spec.points,
    duration: spec.duration,
    insuranceLimiter: memory,
  });
}

export function createLimits(options: LimitOptions = {}): Limits {
  const limiters = new Map<LimitName, RateLimiterAbstract>();
  for (const [name, spec] of Object.entries(LIMITS) as Array<[LimitName, LimitSpec]>) {
    limiters.set(name, limiter(name, spec, options.redis));
  }
  const take = async (name: LimitName, key: string) => {
    try {
      await limiters.get(name)!.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      options.onRefused?.(name);
      throw rateLimited(undefined, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  };
  return {
    takePerson: (name, userId) => take(name, userId),
    takeAddress: (name, ip) => take(name, ip ?? 'unknown'),
    takeSocket: (socketId) => take('socketEvent', socketId),
  };
}
