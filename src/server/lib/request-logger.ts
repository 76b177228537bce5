/**
 * A request's logger, made only when the request writes a line. Fastify gives
 * every request a child logger bound to its id; pino builds one by
 * serialising those bindings at once, on every request, though at the
 * default level almost none ever writes (plugins/access-log.ts). This one
 * forwards to such a child, created at the first line written: the lines are
 * the same, the requests that write nothing pay nothing.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'fastify/types/logger';

type Line = [unknown, ...unknown[]];

class RequestLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  /** The real child logger, made once, at the first use. */
  get made(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings, this.options);
    return this.#child;
  }

  get level(): string {
    return this.#child?.level ?? this.options.level ?? this.parent.level;
  }

  set level(level: string) {
    this.made.level = level;
  }

  fatal(...line: Line): void {
    Reflect.apply(this.made.fatal, this.made, line);
  }
  error(...line: Line): void {
    Reflect.apply(this.made.error, this.made, line);
  }
  warn(...line: Line): void {
    Reflect.apply(this.made.warn, this.made, line);
  }
  info(...line: Line): void {
    Reflect.apply(this.made.info, this.made, line);
  }
  debug(...line: Line): void {
    Reflect.apply(this.made.debug, this.made, line);
  }
  trace(...line: Line): void {
    Reflect.apply(this.made.trace, this.made, line);
  }
  silent(...line: Line): void {
    Reflect.apply(this.made.silent, this.made, line);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.made.child(bindings, options);
  }
}

/** Fastify's `childLoggerFactory`: a request's logger, made on its first line. */
export function requestLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  return new RequestLogger(logger, bindings, options);
}
