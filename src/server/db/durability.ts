/**
 * Group commit for SQLite. Commits are written to the write-ahead log without
 * their own fsync (synchronous=NORMAL); a request that wrote is answered only
 * after one fsync of the log that started after its commit. Requests that
 * finish while an fsync runs share the next one, so many writes cost one
 * fsync, and none is acknowledged before it is on disk.
 */
export interface DurabilityBarrier {
  /** Resolves once everything committed before the call is on disk. */
  durable(): Promise<void>;
}

/**
 * @param sync flushes the log to disk (fsync)
 * @param writes counts the write statements run so far; no fsync is needed when none ran since the last one
 */
export function createDurabilityBarrier(
  sync: () => Promise<void>,
  writes: () => number,
): DurabilityBarrier {
  let synced = 0;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const start = (): Promise<void> => {
    const covers = writes();
    running = sync().then(
      () => {
        synced = Math.max(synced, covers);
        running = null;
      },
      (error: unknown) => {
        running = null;
        throw error;
      },
    );
    return running;
  };

  return {
    durable: () => {
      if (writes() <= synced) return Promise.resolve();
      if (!running) return start();
      // The fsync under way may have started before this commit: wait for the next one.
      queued ??= running
        .catch(() => {})
        .then(() => {
          queued = null;
          return writes() <= synced ? undefined : start();
        });
      return queued;
    },
  };
}
