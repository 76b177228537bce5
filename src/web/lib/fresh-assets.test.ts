import { describe, expect, it } from 'vitest';
import {
  FRESH_ASSETS_WINDOW_MS,
  type FreshAssetsEnv,
  mayReloadForFreshAssets,
  reloadOnceForFreshAssets,
} from './fresh-assets';

const NOW = 1_800_000_000_000;

describe('mayReloadForFreshAssets', () => {
  it.each([
    ['never reloaded for this', null, NOW, true, true],
    [
      'reloaded long ago (an earlier update)',
      String(NOW - FRESH_ASSETS_WINDOW_MS - 1),
      NOW,
      true,
      true,
    ],
    ['reloaded a moment ago: the file is really missing', String(NOW - 2_000), NOW, true, false],
    ['reloaded just inside the window', String(NOW - FRESH_ASSETS_WINDOW_MS + 1), NOW, true, false],
    ['a mark from a clock that went back counts as recent', String(NOW + 5_000), NOW, true, false],
    ['a mark far in the future does not block for long', String(NOW + 3_600_000), NOW, true, true],
    ['an unreadable mark counts as none', 'not a time', NOW, true, true],
    ['offline: a reload would only lose the page', null, NOW, false, false],
  ] as const)('%s', (_name, stored, now, online, expected) => {
    expect(mayReloadForFreshAssets({ stored, now, online })).toBe(expected);
  });
});

/** A browser in memory: its session storage (which may refuse), clock, network and reloads. */
function fakeEnv(options: { refuses?: boolean; online?: boolean } = {}) {
  const store = new Map<string, string>();
  let now = NOW;
  const env: FreshAssetsEnv & { reloads: number; advance(ms: number): void } = {
    reloads: 0,
    read: (key) => store.get(key) ?? null,
    write: (key, value) => {
      if (!options.refuses) store.set(key, value);
    },
    now: () => now,
    online: () => options.online ?? true,
    reload: () => {
      env.reloads += 1;
    },
    advance: (ms) => {
      now += ms;
    },
  };
  return env;
}

/** Whether a promise is still waiting after everything queued has run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 10));
  return !settled;
}

describe('reloadOnceForFreshAssets', () => {
  const failure = new TypeError('Failed to fetch dynamically imported module');

  it('reloads once and keeps the screen waiting; a second failure right after shows the error', async () => {
    const env = fakeEnv();
    const first = reloadOnceForFreshAssets(failure, env);
    expect(await isPending(first)).toBe(true);
    expect(env.reloads).toBe(1);

    // The reloaded page fails again at once: the file is really gone. No loop.
    env.advance(3_000);
    await expect(reloadOnceForFreshAssets(failure, env)).rejects.toBe(failure);
    expect(env.reloads).toBe(1);

    // A later update, long after: one reload again.
    env.advance(FRESH_ASSETS_WINDOW_MS + 1);
    expect(await isPending(reloadOnceForFreshAssets(failure, env))).toBe(true);
    expect(env.reloads).toBe(2);
  });

  it('never reloads when the mark cannot be kept (storage refused): no loop is possible', async () => {
    const env = fakeEnv({ refuses: true });
    await expect(reloadOnceForFreshAssets(failure, env)).rejects.toBe(failure);
    expect(env.reloads).toBe(0);
  });

  it('does not reload while offline', async () => {
    const env = fakeEnv({ online: false });
    await expect(reloadOnceForFreshAssets(failure, env)).rejects.toBe(failure);
    expect(env.reloads).toBe(0);
  });
});
