/** Entry point of the admin command: `rekindle <command>`, `npm run admin -- <command>` (see admin.ts). */
import { runAdmin } from './admin';
import { processIo } from './io';

// The exit code is set, not forced: pending writes to stdout and closing
// connections finish first.
process.exitCode = await runAdmin(process.argv.slice(2), processIo);
