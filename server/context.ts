// What every feature receives: configuration, logger, secrets, sessions and the Socket.IO server.
import type { Router } from 'express';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Secrets } from './secrets';
import type { SessionSetup } from './auth/session';
import type { AppServer } from './realtime/io';
import type { SocketEvent } from './realtime/handle';
import type { Limits } from './commands/limits';
import type { NodeLink } from './realtime/nodes';
import type { PublicCache } from './http/public-cache';

export interface AppContext {
  config: Config;
  logger: Logger;
  secrets: Secrets;
  sessions: SessionSetup;
  io: AppServer;
  /** Rate limits (per person, socket and address), shared by nodes through Redis when configured. */
  limits: Limits;
  /** The other app nodes (through the Redis adapter), for changes to their local state. */
  nodes: NodeLink;
  /** Anonymous answers of public routes, invalidated by writes on every node. */
  publicCache: PublicCache;
}

/** A feature plugs into the app through these optional hooks. */
export interface Feature {
  name: string;
  /** Routes mounted under /api/v1. */
  apiRouter?(ctx: AppContext): Router;
  /** Routes mounted at the root (auth, feeds, dev IdP). */
  rootRouter?(ctx: AppContext): Router;
  /** Socket events, made once; every connected socket gets their shared listeners. */
  socketEvents?(ctx: AppContext): Array<Pick<SocketEvent, 'name' | 'listener'>>;
  /** Background work (schedulers); returns how to stop it. */
  start?(ctx: AppContext): (() => Promise<void> | void) | void;
  /** Demo content for an empty database. */
  seedDemo?(ctx: AppContext): Promise<void>;
}
