/**
 * After the app is updated on the server, a tab opened before it still asks
 * for the old build's files (a screen's code, the screens' words); they are
 * gone, and the import fails. A reload fetches the new build, so the first
 * such failure reloads the page. A mark with the time, kept for this tab,
 * stops a loop: a file that is really missing fails again right after the
 * reload, and then the error shows as usual.
 */

const KEY = 'rekindle.freshAssetsReloadAt';
/** A failure this soon after such a reload is not an update: the file is really missing. */
export const FRESH_ASSETS_WINDOW_MS = 60_000;

/**
 * Whether a failed load may reload the page now: not when it did so a moment
 * ago (`stored`, the time of that reload), and not offline, where a reload
 * would only lose the page. A mark a little in the future (a clock set back)
 * counts as recent too.
 */
export function mayReloadForFreshAssets(input: {
  stored: string | null;
  now: number;
  online: boolean;
}): boolean {
  if (!input.online) return false;
  const at = input.stored === null ? Number.NaN : Number(input.stored);
  if (!Number.isFinite(at)) return true;
  return Math.abs(input.now - at) >= FRESH_ASSETS_WINDOW_MS;
}

/** What the reload needs of the browser, so it can be tried without one. */
export interface FreshAssetsEnv {
  read(key: string): string | null;
  write(key: string, value: string): void;
  now(): number;
  online(): boolean;
  reload(): void;
}

const browserEnv: FreshAssetsEnv = {
  read: (key) => {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write: (key, value) => {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // Refused (a private window, full): read back as missing, so no reload happens.
    }
  },
  now: () => Date.now(),
  online: () => navigator.onLine !== false,
  reload: () => window.location.reload(),
};

/**
 * For a failed import of the app's own code: reloads the page once, and the
 * promise never settles (the screen keeps waiting until the page goes).
 * Otherwise (reloaded a moment ago, offline, or the mark cannot be kept, so a
 * loop could not be stopped) the error goes on to the error screen.
 */
export function reloadOnceForFreshAssets(
  error: unknown,
  env: FreshAssetsEnv = browserEnv,
): Promise<never> {
  const now = env.now();
  if (!mayReloadForFreshAssets({ stored: env.read(KEY), now, online: env.online() })) {
    return Promise.reject(error);
  }
  const mark = String(now);
  env.write(KEY, mark);
  if (env.read(KEY) !== mark) return Promise.reject(error);
  env.reload();
  return new Promise<never>(() => {});
}
