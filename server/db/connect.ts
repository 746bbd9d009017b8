// The mongoose connection: strict queries, filters sanitised against operator injection, and
// indexes synced at start (unique indexes carry invariants such as one signature per person).
import mongoose from 'mongoose';

mongoose.set('strictQuery', true);
mongoose.set('sanitizeFilter', true);

export async function connectDatabase(uri: string, dbName?: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, {
    dbName,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
    // Command events feed the database metrics (server/metrics/database.ts).
    monitorCommands: true,
  });
  await syncAllIndexes();
  return mongoose;
}

/** Creates the indexes every registered model declares. Models register by being imported. */
export async function syncAllIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.models)) {
    await model.createIndexes();
  }
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db || mongoose.connection.readyState !== mongoose.ConnectionStates.connected) return false;
    await db.admin().ping();
    return true;
  } catch {
    return false;
  }
}
