import { describe, expect, it } from 'vitest';
import { publicPushService } from './push-setup';

describe('publicPushService: the addresses a subscription may name on a real server', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc:def', true],
    ['https://updates.push.services.mozilla.com/wpush/v2/gAAAA', true],
    ['https://web.push.apple.com/QGuQyavXutnMH', true],
    ['https://wns2-par02p.notify.windows.com/w/?token=BQYAAA', true],
    ['http://fcm.googleapis.com/fcm/send/abc', false],
    ['https://user:pw@push.example.org/x', false],
    ['https://localhost/x', false],
    ['https://push.localhost/x', false],
    ['https://printer.local/x', false],
    ['https://db.internal/x', false],
    ['https://intranet/x', false],
    ['https://127.0.0.1/x', false],
    ['https://10.0.0.8/x', false],
    ['https://[::1]/x', false],
    ['https://[fd00::1]/x', false],
    ['ftp://push.example.org/x', false],
  ])('%s → %s', (url, allowed) => {
    expect(publicPushService(new URL(url))).toBe(allowed);
  });
});
