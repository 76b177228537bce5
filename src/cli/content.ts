/** `npm run content -- stats|check`: content statistics as JSON, or a schema check. */
import { ContentError, contentStats, loadCatalog } from '../content/load';

const command = process.argv[2] ?? 'stats';
try {
  const catalog = loadCatalog();
  if (command === 'stats') {
    process.stdout.write(`${JSON.stringify(contentStats(catalog), null, 2)}\n`);
  } else if (command === 'check') {
    process.stdout.write(
      `content ok: ${catalog.items.length} items (${catalog.questions.size} questions in ${catalog.decks.length} decks, ${catalog.listeningPrompts.length} listening prompts)\n`,
    );
  } else {
    process.stderr.write(`Unknown command "${command}". Use "stats" or "check".\n`);
    process.exitCode = 2;
  }
} catch (error) {
  process.stderr.write(`${error instanceof ContentError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
