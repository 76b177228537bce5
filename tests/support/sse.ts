/** Reads Server-Sent Events from a real connection, for live-update tests. */
import type { LiveEvent } from '../../src/shared/api';

export interface EventStream {
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<LiveEvent>;
  close(): void;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
}

export interface EventStreamOptions {
  /**
   * Whether to hand out the news that the couple changed. By default it is passed over:
   * on PostgreSQL the pairing's own notice may reach a stream opened after the pairing,
   * so a test about another feature would see it first now and then. A test about
   * linking and unlinking keeps it.
   */
  linkNews?: 'keep' | 'pass over';
}

export async function openEventStream(
  baseUrl: string,
  cookie: string,
  options: EventStreamOptions = {},
): Promise<EventStream> {
  const passOver = (options.linkNews ?? 'pass over') === 'pass over';
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/events`, {
    headers: { cookie: `rekindle_session=${cookie}` },
    signal: controller.signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`events: ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: LiveEvent[] = [];
  const waiters: ((event: LiveEvent) => void)[] = [];
  let buffer = '';
  let markEnded: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    markEnded = resolve;
  });
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          markEnded();
          return;
        }
        buffer += value;
        let index = buffer.indexOf('\n\n');
        while (index >= 0) {
          const frame = buffer.slice(0, index);
          buffer = buffer.slice(index + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) {
            const event = JSON.parse(data.slice(6)) as LiveEvent;
            if (!(passOver && event.type === 'couple.changed')) {
              const waiter = waiters.shift();
              if (waiter) waiter(event);
              else queue.push(event);
            }
          }
          index = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    next: (timeoutMs = 5000) => {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event arrived')), timeoutMs);
        waiters.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
    close: () => controller.abort(),
    ended,
  };
}
