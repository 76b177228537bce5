/**
 * `rekindle export-user <email> [<file>] [--html]`: a person's data, exactly
 * what "Download my data" gives them (docs/data-export.md), for the operator
 * to hand over when the person cannot log in. JSON by default, or the
 * readable page with --html; into <file> (mode 0600), or stdout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { features } from '../server/app';
import { renderExportHtml } from '../server/features/export/export.html';
import { contentLabeler, gatherExport } from '../server/features/export/export.service';
import { readConfig, requireMigrated, withDatabase } from './context';
import { CliError, EXIT, type ExitCode, type Io, refused, usageError } from './io';
import { accountEmail, contextOfEmail, withServiceDeps } from './users';

const USAGE = 'rekindle export-user <email> [<file>] [--html] [--force]';

export async function exportUserCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const positionals = argv.filter((a) => !a.startsWith('--'));
  for (const flag of flags) {
    if (flag !== '--html' && flag !== '--force') {
      throw usageError(`Unknown option ${flag}.\nUsage: ${USAGE}`);
    }
  }
  if (positionals.length === 0) throw usageError(`Missing <email>.\nUsage: ${USAGE}`);
  if (positionals.length > 2) {
    throw usageError(`Unexpected argument "${positionals[2]}".\nUsage: ${USAGE}`);
  }
  const email = accountEmail(positionals[0] ?? '', USAGE);
  const file = positionals[1] === undefined ? undefined : resolve(positionals[1]);
  if (file && existsSync(file) && !flags.includes('--force')) {
    throw refused(`${file} exists already. Choose another name, or add --force to replace it.`);
  }
  const config = readConfig();
  const text = await withDatabase(config, async (database) => {
    await requireMigrated(database);
    const auth = await contextOfEmail(database.db, email);
    if (!auth) throw new CliError(`No account has the email ${email}.`);
    return withServiceDeps(config, database, io, async (deps) => {
      const doc = await gatherExport(deps, auth, features);
      return flags.includes('--html')
        ? renderExportHtml(doc, contentLabeler(deps.catalog))
        : `${JSON.stringify(doc, null, 2)}\n`;
    });
  });
  if (file) {
    writeFileSync(file, text, { mode: 0o600 });
    io.err(
      `Wrote the data of ${email} to ${file}. It holds everything they wrote: hand it to them only.`,
    );
  } else {
    io.out(text.trimEnd());
  }
  return EXIT.ok;
}
