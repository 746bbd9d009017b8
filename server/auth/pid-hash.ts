// The keyed hash that identifies a person without storing their personnummer.
import { createHmac } from 'node:crypto';

/** Normalises `YYYYMMDD-NNNN`, `YYYYMMDDNNNN` and similar to 12 digits before hashing. */
export function normalisePersonnummer(value: string): string {
  const digits = value.replace(/[^0-9]/g, '');
  if (digits.length !== 12) throw new Error('personnummer must have 12 digits');
  return digits;
}

export function pidHash(personnummer: string, pepper: string): string {
  return createHmac('sha256', pepper).update(normalisePersonnummer(personnummer)).digest('hex');
}
