import { describe, expect, it } from 'vitest';
import { nudgeExpiry } from './nudge-expiry';
import type { QuietHours } from './quiet-hours';

const NIGHT: QuietHours = { from: '22:00', to: '08:00' };
const EARLY: QuietHours = { from: '01:00', to: '06:00' };

describe('nudgeExpiry: a nudge waits for a device at most a few hours, never into quiet hours or the next day', () => {
  it.each([
    // now (UTC), day, quiet, zone, expiry
    ['2026-03-02T12:00:00Z', '2026-03-02', null, 'UTC', '2026-03-02T16:00:00.000Z'],
    ['2026-03-02T19:00:00Z', '2026-03-02', NIGHT, 'UTC', '2026-03-02T22:00:00.000Z'],
    ['2026-03-02T21:30:00Z', '2026-03-02', NIGHT, 'UTC', '2026-03-02T22:00:00.000Z'],
    // Quiet hours that begin after midnight: the end of the day comes first.
    ['2026-03-02T22:30:00Z', '2026-03-02', EARLY, 'UTC', '2026-03-03T00:00:00.000Z'],
    // Quiet hours that began this morning are over: four hours.
    ['2026-03-02T08:00:00Z', '2026-03-02', EARLY, 'UTC', '2026-03-02T12:00:00.000Z'],
    // In the person's own zone: 22:00 in New York is 03:00 UTC the next day.
    ['2026-03-02T23:30:00Z', '2026-03-02', NIGHT, 'America/New_York', '2026-03-03T03:00:00.000Z'],
    // Berlin's day ends at 23:00 UTC in winter.
    ['2026-03-02T21:00:00Z', '2026-03-02', null, 'Europe/Berlin', '2026-03-02T23:00:00.000Z'],
    // At the very edge, still a minute for the push service.
    ['2026-03-02T23:59:30Z', '2026-03-02', null, 'UTC', '2026-03-03T00:00:30.000Z'],
  ] as const)('sent %s for %s with %j in %s lives until %s', (now, day, quiet, zone, expiry) => {
    expect(nudgeExpiry(new Date(now), day, quiet, zone).toISOString()).toBe(expiry);
  });
});
