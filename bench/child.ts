/** Shared by the bench servers: stop when run.ts goes away, so no server outlives a killed bench. */
export function stopWithParent(stop: () => void): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000).unref();
}
