import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  matchesZone,
  offsetMinutesOf,
  placeOf,
  zoneOption,
  zoneOptions,
} from './time-zone-options';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');
const label = (city: string, offset: string) => `${city} (${offset})`;
const option = (id: string, at = WINTER) => zoneOption(id, at, 'en-GB', label);

describe('time-zone options', () => {
  it.each([
    ['Europe/Paris', WINTER, 60],
    ['Europe/Paris', SUMMER, 120],
    ['America/New_York', WINTER, -300],
    ['America/St_Johns', WINTER, -210],
    ['Asia/Kathmandu', WINTER, 345],
    ['Asia/Kolkata', SUMMER, 330],
    ['UTC', SUMMER, 0],
  ] as const)('%s is %i minutes from UTC then', (id, at, minutes) => {
    expect(offsetMinutesOf(id, at)).toBe(minutes);
  });

  it('writes offsets the same way everywhere, with a true minus sign', () => {
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(-300)).toBe('UTC\u221205:00');
    expect(formatOffset(0)).toBe('UTC+00:00');
    expect(formatOffset(-210)).toBe('UTC\u221203:30');
  });

  it('names the city, today’s spelling first, and where it lies', () => {
    expect(placeOf('Asia/Calcutta')).toEqual({ city: 'Kolkata', region: 'Asia' });
    expect(placeOf('America/Indiana/Knox')).toEqual({ city: 'Knox, Indiana', region: 'America' });
    expect(placeOf('America/New_York')).toEqual({ city: 'New York', region: 'America' });
    expect(option('Europe/Paris').label).toBe('Paris (UTC+01:00)');
    expect(option('UTC').label).toBe('UTC');
  });

  it.each([
    ['kolk', 'Asia/Calcutta', true],
    ['calcutta', 'Asia/Calcutta', true],
    ['Kolkata India', 'Asia/Calcutta', true],
    ['new y', 'America/New_York', true],
    ['new y', 'Pacific/Port_Moresby', false],
    ['york', 'America/New_York', true],
    ['ork', 'America/New_York', false],
    ['+5:30', 'Asia/Calcutta', true],
    ['UTC+05:30', 'Asia/Calcutta', true],
    ['+5', 'Asia/Calcutta', false],
    ['utc -5', 'America/New_York', true],
    ['GMT\u22125', 'America/New_York', true],
    ['-5', 'America/Chicago', false],
    ['+1', 'Europe/Paris', true],
    ['+10', 'Europe/Paris', false],
    ['central european', 'Europe/Paris', true],
    ['zürich', 'Europe/Zurich', true],
    ['Sao Paulo', 'America/Sao_Paulo', true],
    ['   ', 'Europe/Paris', true],
  ] as const)('"%s" finds %s: %s', (query, id, found) => {
    expect(matchesZone(option(id), query)).toBe(found);
  });

  it('lists the zones west to east, then by city, each once', () => {
    const list = zoneOptions(
      ['Europe/Paris', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Europe/Paris'],
      WINTER,
      'en-GB',
      label,
    );
    expect(list.map((o) => o.city)).toEqual(['New York', 'Berlin', 'Paris', 'Tokyo']);
  });
});
