/** What every admin command shares: where it writes, how it fails, and its exit codes. */

/** The exit codes of `rekindle` (README, "The admin command"). */
export const EXIT = {
  ok: 0,
  /** Something went wrong: configuration, database, a file, an unknown account, a failed check. */
  failure: 1,
  /** The command line was wrong: unknown command or option, a missing or extra argument. */
  usage: 2,
  /**
   * Refused, nothing changed: it would overwrite without `--force`, the data is
   * in use by a running server, or this database is backed up with its own tools.
   */
  refused: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Io {
  /** A line of the command's result (stdout). */
  out(line: string): void;
  /** A line of progress, a warning or an error (stderr). */
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A failure with its message for the operator and the exit code it ends with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

export function refused(message: string): CliError {
  return new CliError(message, EXIT.refused);
}

/** A command's arguments: positionals in order, and the flags it accepts. */
export interface Args {
  positionals: string[];
  flags: Set<string>;
}

/**
 * Splits a command line into positionals and flags, refusing flags the command
 * does not take and any count of positionals other than `count`.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { positionals: readonly string[]; flags?: readonly string[] },
  usage: string,
): Args {
  const allowed = new Set(spec.flags ?? []);
  const positionals: string[] = [];
  const flags = new Set<string>();
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      if (!allowed.has(arg)) throw usageError(`Unknown option ${arg}.\nUsage: ${usage}`);
      flags.add(arg);
    } else {
      positionals.push(arg);
    }
  }
  if (positionals.length < spec.positionals.length) {
    const missing = spec.positionals[positionals.length] ?? 'argument';
    throw usageError(`Missing <${missing}>.\nUsage: ${usage}`);
  }
  if (positionals.length > spec.positionals.length) {
    throw usageError(
      `Unexpected argument "${positionals[spec.positionals.length]}".\nUsage: ${usage}`,
    );
  }
  return { positionals, flags };
}
