// Loading a body for a command: the body, or 404 (malformed ids included).
import { isObjectId } from '../../db/ids';
import { notFound } from '../../errors';
import { Body, type BodyRecord } from './model';

export async function loadBody(id: string): Promise<BodyRecord> {
  const body = isObjectId(id) ? await Body.findById(id) : null;
  if (!body) throw notFound('No such body');
  return body;
}
