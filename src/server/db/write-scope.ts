/**
 * Whose data a write concerns. A request that may write (anything but GET
 * and HEAD) by a signed-in person runs in a scope naming that person and
 * their partner; every write statement that runs inside it moves only those
 * two people's epochs (see `personEpochOf` in database.ts). A write outside
 * any open scope (a background job, a timer, a GET that assigns the day's
 * question, another process) moves everyone's.
 *
 * A scope closes when its response has gone: a timer the request left
 * behind writes as nobody's. The job worker and other timers that write for
 * others leave the scope explicitly (`outsideWriteScope`), since a timer set
 * while a request is in flight inherits its context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * True for routes that write only what their person alone ever sees (the
     * private screen, the private check-in of signals, a "not now"): their
     * writes move only that person's epoch, so a partner cannot tell from
     * how fast their own replies come that anything was written.
     */
    ownWrites?: boolean;
  }
}

export interface WriteScope {
  readonly people: readonly string[];
  open: boolean;
}

const storage = new AsyncLocalStorage<WriteScope>();

let opened = 0;

/** An open scope for these people; `closeWriteScope` closes it. */
export function writeScope(people: readonly string[]): WriteScope {
  opened += 1;
  return { people, open: true };
}

/**
 * Closes a scope (once; again does nothing). When none is open the storage
 * is disabled: on this Node its context tracking costs every promise, so
 * reads pay for it only while a write is in flight. Whatever still holds a
 * scope then finds none, and its writes move everyone's epoch.
 */
export function closeWriteScope(scope: WriteScope): void {
  if (!scope.open) return;
  scope.open = false;
  opened -= 1;
  if (opened === 0) storage.disable();
}

/** Runs `fn` (and everything it starts) with its writes counted for the scope's people only. */
export function runInWriteScope(scope: WriteScope, fn: () => void): void {
  storage.run(scope, fn);
}

/** Runs `fn` (and everything it starts) as nobody's: its writes move every epoch. */
export function outsideWriteScope<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** The people the running write concerns, or undefined when it may concern anyone. */
export function writeScopePeople(): readonly string[] | undefined {
  const scope = storage.getStore();
  return scope?.open ? scope.people : undefined;
}
