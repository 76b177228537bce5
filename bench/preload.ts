/**
 * Loaded with `--import` into the app the bench starts (src/server/main.ts,
 * unchanged): the SIGUSR2 profiler when profiling is on, and a stop when the
 * bench goes away.
 */
import { stopWithParent } from './child';
import { enableProfilerOnSignal } from './profiler';

enableProfilerOnSignal('app');
stopWithParent(() => process.kill(process.pid, 'SIGTERM'));
