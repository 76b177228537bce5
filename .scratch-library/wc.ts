import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { countWords, readingMinutes } from '../src/core/library';
for (const f of process.argv.slice(2)) {
  const items = parse(readFileSync(f, 'utf8')) as { id: string; body?: string; answer?: string; minutes?: number }[];
  for (const i of items) {
    const text = i.body ?? i.answer ?? '';
    console.log(i.id.padEnd(40), countWords(text), readingMinutes(text), i.minutes ?? '');
  }
}
