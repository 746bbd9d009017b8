// Dates are Swedish time whatever the browser's zone: a meeting entered as 17:00 is 17:00 in
// Stockholm (16:00Z in winter, 15:00Z in summer), and is shown as 17:00 again.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, isoToStockholmInput, stockholmToIso, stockholmToday } from './dates';

beforeAll(() => {
  // The browser is in New York: its own reading of "17:00" would be 22:00Z in January.
  process.env.TZ = 'America/New_York';
});

describe('Swedish time in a browser set to another zone', () => {
  it('runs in a zone other than Stockholm', () => {
    expect(new Date('2027-01-15T17:00').toISOString()).toBe('2027-01-15T22:00:00.000Z');
  });

  it('stores 17:00 entered in winter as 16:00Z', () => {
    expect(stockholmToIso('2027-01-15T17:00')).toBe('2027-01-15T16:00:00.000Z');
  });

  it('stores 17:00 entered in summer as 15:00Z', () => {
    expect(stockholmToIso('2027-07-15T17:00')).toBe('2027-07-15T15:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 28 March 2027: 02:00 becomes 03:00. 31 October 2027: 03:00 becomes 02:00.
    expect(stockholmToIso('2027-03-28T01:30')).toBe('2027-03-28T00:30:00.000Z');
    expect(stockholmToIso('2027-03-28T04:00')).toBe('2027-03-28T02:00:00.000Z');
    expect(stockholmToIso('2027-10-31T01:30')).toBe('2027-10-30T23:30:00.000Z');
    expect(stockholmToIso('2027-10-31T04:00')).toBe('2027-10-31T03:00:00.000Z');
  });

  it('reads a bare day as its Swedish midnight and refuses anything else', () => {
    expect(stockholmToIso('2027-01-15')).toBe('2027-01-14T23:00:00.000Z');
    expect(stockholmToIso('15/1 2027 17:00')).toBeUndefined();
  });

  it('shows the stored instant as Swedish wall time again', () => {
    expect(isoToStockholmInput('2027-07-15T15:00:00.000Z')).toBe('2027-07-15T17:00');
    expect(formatDateTime('2027-01-15T16:00:00.000Z', 'sv')).toBe(
      'fredag 15 januari 2027 kl. 17:00',
    );
    expect(formatDateTime('2027-01-15T16:00:00.000Z', 'en', 'medium')).toBe('15 Jan 2027, 17:00');
  });

  it("knows Sweden's date when New York is still on the day before", () => {
    expect(stockholmToday(new Date('2027-01-15T23:30:00Z'))).toBe('2027-01-16');
  });
});
