/**
 * `npm run bench:web`: Lighthouse (mobile, simulated throttling, performance
 * only) against the real server as `npm start` runs it, on a fresh temporary
 * DATA_DIR. Pages: the landing page and log in (logged out), and Today (with
 * the session cookie of a person signed up over HTTP). Each page is measured
 * LIGHTHOUSE_RUNS times (default 3), each run in a fresh headless Chromium.
 * Prints a table of medians and writes bench/results/lighthouse.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse, { type Flags } from 'lighthouse';
import { buildWebIfNeeded } from '../scripts/build-web.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_ROOT = join(ROOT, 'dist/web');
const RESULTS = join(ROOT, 'bench/results/lighthouse.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? '3', 10) || 3);
/** When set, every run's full Lighthouse report (JSON, opens in the Lighthouse viewer) goes here. */
const REPORTS =
  process.env.LIGHTHOUSE_REPORTS === '1' ? join(ROOT, 'bench/results/lighthouse') : null;
const START_TIMEOUT_MS = 60_000;
/** The goals (bench/README.md): on each page's medians, and for the initial JavaScript. */
const GOALS = { score: 90, cls: 0.05, initialJsGzipBytes: 150 * 1024 };

interface Page {
  name: string;
  path: string;
  loggedIn: boolean;
}

const ALL_PAGES: readonly Page[] = [
  { name: 'landing', path: '/', loggedIn: false },
  { name: 'login', path: '/login', loggedIn: false },
  // "/" is Today for a logged-in person (src/web/features/today/home-page.tsx).
  { name: 'today', path: '/', loggedIn: true },
];
/** LIGHTHOUSE_PAGES=login,today measures only those pages. */
const PAGES = process.env.LIGHTHOUSE_PAGES
  ? ALL_PAGES.filter((page) => process.env.LIGHTHOUSE_PAGES?.split(',').includes(page.name))
  : ALL_PAGES;

interface Run {
  score: number;
  /** Lighthouse's own CPU benchmark of this machine during the run; lower means busier or slower. */
  benchmarkIndex: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
  warnings: string[];
}

type MetricKey = Exclude<keyof Run, 'warnings'>;

interface PageResult {
  page: string;
  url: string;
  runs: Run[];
  median: Record<MetricKey, number>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once the child answers `url` with 2xx; rejects if it exits or times out. */
async function waitUntilUp(child: ChildProcess, url: string, what: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${what} did not answer ${url} within ${START_TIMEOUT_MS} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface Server {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The real server (`src/server/main.ts`) in production mode on a fresh data directory. */
async function startServer(): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-lighthouse-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      METRICS_PORT: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(child, `${baseUrl}/healthz`, 'the server');
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** Signs up a new person over HTTP and returns the `Cookie` header value of their session. */
async function signUp(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `lighthouse-${Date.now()}@example.com`,
      password: 'a calm and long passphrase for lighthouse',
      displayName: 'Robin',
      timeZone: 'UTC',
    }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.includes('='));
  if (!cookie) throw new Error('signup set no session cookie');
  return cookie;
}

interface Chromium {
  port: number;
  stop(): Promise<void>;
}

/** A fresh headless Chromium with a DevTools port, on its own profile directory. */
async function startChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'rekindle-lighthouse-chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    await stopChild(child);
    // Chromium's helper processes may still be writing for a moment after it exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error(`Chromium printed no DevTools address:\n${seen}`)),
        START_TIMEOUT_MS,
      );
      child.on('error', (error) => reject(error));
      child.on('exit', (code) => reject(new Error(`Chromium exited (code ${code}):\n${seen}`)));
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function measure(url: string, cookie: string | null, reportName: string): Promise<Run> {
  const chromium = await startChromium();
  try {
    const flags: Flags = {
      port: chromium.port,
      hostname: '127.0.0.1',
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      // The default config is a phone: mobile screen, simulated slow 4G and a 4× slower CPU.
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      extraHeaders: cookie ? { Cookie: cookie } : null,
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (REPORTS) {
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(join(REPORTS, `${reportName}.json`), JSON.stringify(lhr));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chromium.stop();
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART and the like): one more try. */
async function measureWithRetry(url: string, cookie: string | null, name: string): Promise<Run> {
  try {
    return await measure(url, cookie, name);
  } catch (error) {
    process.stdout.write(
      `  ${error instanceof Error ? error.message : String(error)}; once more…\n`,
    );
    return measure(url, cookie, name);
  }
}

/** The JavaScript index.html loads before anything renders: its entry and module preloads. */
function initialJs(): { files: string[]; bytes: number; gzipBytes: number } {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<script[^>]*\ssrc="\/([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? '');
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(WEB_ROOT, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

function printTable(results: readonly PageResult[]): void {
  const rows = [
    [
      'page',
      'perf (median)',
      'perf (runs)',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'transferred',
      'CPU index',
    ],
    ...results.map((r) => [
      r.page,
      String(r.median.score),
      r.runs.map((run) => run.score).join(' '),
      ms(r.median.fcpMs),
      ms(r.median.lcpMs),
      ms(r.median.tbtMs),
      r.median.cls.toFixed(3),
      kb(r.median.bytes),
      String(Math.round(r.median.benchmarkIndex)),
    ]),
  ];
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  for (const row of rows) {
    process.stdout.write(
      `${row.map((cell, column) => cell.padEnd(widths?.[column] ?? 0)).join('  ')}\n`,
    );
  }
}

function printGoals(results: readonly PageResult[], initialJsGzipBytes: number): void {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  process.stdout.write(
    `\nGoals: performance ≥ ${GOALS.score} and CLS < ${GOALS.cls} (medians), ` +
      `initial JS ≤ ${kb(GOALS.initialJsGzipBytes)} gzipped\n`,
  );
  for (const r of results) {
    const ok = r.median.score >= GOALS.score && r.median.cls < GOALS.cls;
    process.stdout.write(
      `  ${verdict(ok)}  ${r.page}: performance ${r.median.score}, CLS ${r.median.cls.toFixed(3)}\n`,
    );
  }
  const jsOk = initialJsGzipBytes <= GOALS.initialJsGzipBytes;
  process.stdout.write(`  ${verdict(jsOk)}  initial JS: ${kb(initialJsGzipBytes)} gzipped\n`);
}

async function main(): Promise<void> {
  buildWebIfNeeded();
  const [one, five] = loadavg();
  process.stdout.write(
    `Load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min) on ${cpus().length} cores; ` +
      `Lighthouse scores move with a busy machine.\n`,
  );
  const js = initialJs();
  const server = await startServer();
  const results: PageResult[] = [];
  try {
    const cookie = await signUp(server.baseUrl);
    for (const page of PAGES) {
      const url = `${server.baseUrl}${page.path}`;
      const runs: Run[] = [];
      for (let index = 1; index <= RUNS; index += 1) {
        process.stdout.write(`${page.name}: run ${index} of ${RUNS}…\n`);
        const run = await measureWithRetry(
          url,
          page.loggedIn ? cookie : null,
          `${page.name}-${index}`,
        );
        for (const warning of run.warnings) process.stdout.write(`  warning: ${warning}\n`);
        runs.push(run);
      }
      const pick = (key: MetricKey) => median(runs.map((run) => run[key]));
      results.push({
        page: page.name,
        url: page.path,
        runs,
        median: {
          score: pick('score'),
          benchmarkIndex: pick('benchmarkIndex'),
          fcpMs: pick('fcpMs'),
          lcpMs: pick('lcpMs'),
          tbtMs: pick('tbtMs'),
          cls: pick('cls'),
          bytes: pick('bytes'),
        },
      });
    }
  } finally {
    await server.stop();
  }

  process.stdout.write('\n');
  printTable(results);
  process.stdout.write(
    `\nInitial JS (index.html's script and module preloads, ${js.files.length} files): ` +
      `${kb(js.bytes)}, ${kb(js.gzipBytes)} gzipped\n`,
  );
  printGoals(results, js.gzipBytes);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        runsPerPage: RUNS,
        loadAverage: loadavg(),
        settings: 'Lighthouse mobile, simulated throttling, performance only',
        initialJs: js,
        pages: results,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`Wrote ${RESULTS}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
