/** Admin commands: `npm run db:migrate` brings the configured database to the latest schema. */
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';

async function migrate(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: join(config.dataDir, 'rekindle.db'),
  });
  try {
    const applied = await migrateToLatest(database.db);
    process.stdout.write(
      applied.length > 0
        ? `Applied: ${applied.join(', ')}\n`
        : `The ${database.dialect} database is up to date.\n`,
    );
  } finally {
    await database.close();
  }
}

const commands: Record<string, () => Promise<void>> = { migrate };
const name = process.argv[2] ?? '';
const command = commands[name];
if (!command) {
  process.stderr.write(`Usage: tsx src/cli/main.ts <${Object.keys(commands).join('|')}>\n`);
  process.exit(2);
}
command().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
