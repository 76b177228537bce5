/**
 * CPU profiling on demand for the bench servers: when BENCH_PROFILE_DIR is
 * set, SIGUSR2 starts the V8 sampling profiler and the next SIGUSR2 writes a
 * .cpuprofile there, printing `PROFILE=started` / `PROFILE=<file>` on stdout.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

export function enableProfilerOnSignal(name: string): void {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return;
  const session = new Session();
  session.connect();
  let running = false;
  let count = 0;
  process.on('SIGUSR2', () => {
    void (async () => {
      if (!running) {
        running = true;
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 100 });
        await session.post('Profiler.start');
        process.stdout.write('PROFILE=started\n');
        return;
      }
      running = false;
      const { profile } = await session.post('Profiler.stop');
      const file = join(dir, `${name}-${process.pid}-${++count}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.stdout.write(`PROFILE=${file}\n`);
    })();
  });
}
