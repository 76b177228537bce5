/**
 * The export as a page to read, keep or print: one self-contained HTML file
 * with no scripts and nothing fetched from anywhere (its own policy says so),
 * every value escaped.
 */
import type { ExportDocument, ExportWriting } from '../../../shared/export-api';

const FEATURE_NAMES: Readonly<Record<string, string>> = {
  accounts: 'Your account',
  couple: 'You and your partner',
  dialogue: 'Daily questions',
  primer: 'Understand',
  personal: 'Just for you',
  check: 'The check',
  progress: 'Weekly pulse',
  decks: 'Conversation decks',
  listening: 'Listening sessions',
  checkins: 'Weekly check-ins',
  gestures: 'Small gestures',
  notes: 'Notes',
  dates: 'Dates',
  exercises: 'Exercises',
  vulnerability: 'Opening up',
  projects: 'Shared projects',
  challenges: 'Weekly challenges',
  interests: 'Hobbies and travel',
  signals: 'Support',
  library: 'What we learned',
  rhythm: 'Life events',
  notifications: 'Reminders',
};

const SHARING: Readonly<Record<NonNullable<ExportWriting['sharing']>, string>> = {
  private: 'Only you',
  shared: 'Shared with your partner',
  'reveal-together': 'Both of you, once you had both answered',
};

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function featureName(id: string): string {
  return FEATURE_NAMES[id] ?? humanize(id);
}

/** "check_results" → "Check results". */
function humanize(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function day(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** Words for a content id (a check statement, a question…), when there are some. */
export type Labeler = (id: string) => string | undefined;

function isScalar(value: Json): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function scalarText(value: string | number | boolean | null): string {
  return value === null ? '—' : String(value);
}

/** A structured answer (JSON) laid out as a list: one line per entry, content ids in words. */
function structured(value: Json, label: Labeler): string {
  if (isScalar(value)) return escapeHtml(scalarText(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every(isScalar))
      return escapeHtml(value.map((v) => label(String(v)) ?? scalarText(v)).join(', '));
    return `<ol class="data">${value.map((v) => `<li>${structured(v, label)}</li>`).join('')}</ol>`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '—';
  const flat = entries.flatMap(([k, v]) =>
    isScalar(v) ? [`${label(k) ?? k} ${scalarText(v)}`] : [],
  );
  if (flat.length === entries.length) return escapeHtml(flat.join(', '));
  return `<dl class="data">${entries
    .map(
      ([k, v]) =>
        `<div><dt>${escapeHtml(label(k) ?? humanize(k))}</dt><dd>${structured(v, label)}</dd></div>`,
    )
    .join('')}</dl>`;
}

/** Words as written; a structured answer (JSON) is shown laid out, not as one long line. */
function words(text: string, label: Labeler): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const parsed: Json = JSON.parse(trimmed);
      return structured(parsed, label);
    } catch {
      // Not JSON after all: shown as words.
    }
  }
  return `<p class="words">${escapeHtml(text)}</p>`;
}

function writingHtml(w: ExportWriting, label: Labeler): string {
  const meta = [
    w.writtenOn ? day(w.writtenOn) : null,
    w.column === 'text' ? null : humanize(w.column),
    w.sharing ? SHARING[w.sharing] : null,
  ].filter((part): part is string => part !== null);
  return `<article class="writing">
${w.about ? `<p class="about">${escapeHtml(w.about)}</p>\n` : ''}${words(w.text, label)}
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
</article>`;
}

/** Consecutive items that share a key, in order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

function recordsHtml(doc: ExportDocument): string {
  return doc.records
    .map((set) => {
      const rows = set.rows
        .map((row) => {
          const cells = Object.entries(row)
            .map(
              ([column, value]) =>
                `<div><dt>${escapeHtml(humanize(column))}</dt><dd>${escapeHtml(value === null ? '—' : String(value))}</dd></div>`,
            )
            .join('');
          return `<dl class="record">${cells}</dl>`;
        })
        .join('\n');
      const count = set.rows.length === 1 ? '1 record' : `${set.rows.length} records`;
      return `<section class="records">
<h3>${escapeHtml(featureName(set.feature))}: ${escapeHtml(humanize(set.table))} <span class="count">(${count})</span></h3>
${rows}
</section>`;
    })
    .join('\n');
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 44rem; padding: 2rem 1.25rem 4rem; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #2b2420; background: #fdfaf6; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #e9ddd0; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
.lead, .meta, .count, .note { color: #6a5d53; }
.writing { margin: 0 0 1rem; padding: .85rem 1rem; background: #fff; border: 1px solid #eadfd3; border-radius: 10px; break-inside: avoid; }
.about { margin: 0 0 .35rem; font-style: italic; color: #5c4f45; }
.words { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.meta { margin: .4rem 0 0; font-size: .85rem; }
.data { margin: 0; padding: 0; font-size: .9rem; }
.data dt { font-weight: 600; margin-top: .4rem; }
.data dd { margin: 0 0 0 1rem; overflow-wrap: anywhere; }
ol.data { padding-left: 1.25rem; }
.record { display: grid; grid-template-columns: 1fr; gap: .15rem; margin: 0 0 .75rem; padding: .6rem .85rem; border: 1px solid #eadfd3; border-radius: 8px; background: #fff; font-size: .85rem; break-inside: avoid; }
.record div { display: flex; gap: .5rem; }
.record dt { min-width: 9rem; color: #6a5d53; }
.record dd { margin: 0; overflow-wrap: anywhere; }
.note { margin-top: 3rem; font-size: .9rem; }
@media print { body { background: #fff; padding: 0; } .writing, .record { border-color: #bbb; } }
`;

/** The export as one readable page. */
export function renderExportHtml(doc: ExportDocument, label: Labeler = () => undefined): string {
  const byFeature = groupBy(doc.writings, (w) => w.feature);
  const order = new Map(doc.records.map((r, i) => [r.feature, i]));
  byFeature.sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const writings =
    byFeature.length === 0
      ? '<p>Nothing written yet.</p>'
      : byFeature
          .map(
            ([feature, items]) =>
              `<section>\n<h3>${escapeHtml(featureName(feature))}</h3>\n${items.map((w) => writingHtml(w, label)).join('\n')}\n</section>`,
          )
          .join('\n');
  const couple = doc.couple
    ? `<p class="lead">Linked with ${escapeHtml(doc.couple.partnerName)} since ${escapeHtml(day(doc.couple.since))}.</p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<title>Your Rekindle data</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Everything you wrote in Rekindle</h1>
<p class="lead">${escapeHtml(doc.person.displayName)} · ${escapeHtml(doc.person.email)} · made on ${escapeHtml(day(doc.exportedAt))}</p>
${couple}
</header>
<main>
<h2>Your words</h2>
${writings}
<h2>Your records</h2>
<p class="lead">Your own answers, ratings, marks and choices, as Rekindle keeps them.</p>
${recordsHtml(doc)}
</main>
<footer>
<p class="note">Your partner’s words are not in this file, even in things you shared: they are theirs, in their own export. The same data, for other programs, is in the JSON download.</p>
</footer>
</body>
</html>
`;
}
