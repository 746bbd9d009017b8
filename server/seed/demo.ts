// Demo content for a newcomer: runs each feature's seed on an empty database, never otherwise.
import mongoose from 'mongoose';
import type { AppContext } from '../context';
import { features } from '../features';
import { seedConversations } from './conversations';

async function databaseIsEmpty(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db) return false;
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name === 'sessions' || name.startsWith('system.')) continue;
    if ((await db.collection(name).estimatedDocumentCount()) > 0) return false;
  }
  return true;
}

export async function seedDemoIfEmpty(ctx: AppContext): Promise<boolean> {
  if (!(await databaseIsEmpty())) return false;
  for (const feature of features) await feature.seedDemo?.(ctx);
  await seedConversations(ctx);
  ctx.logger.info('seeded demo data');
  return true;
}
