/**
 * The therapist-prep summary as a PDF (pdfkit, built-in Helvetica: nothing
 * is fetched or embedded from elsewhere). Calm and plain: a title, the weekly
 * line with its usual range, small tables, short lists, and ruled space for
 * the person's own notes.
 */
import PDFDocument from 'pdfkit';
import { type ReliabilityConfig, summarizeChange } from '../../../core/reliable-change';
import { isoWeekMonday } from '../../../core/therapy-signals';
import type { Summary } from '../../../shared/signals-api';
import {
  CAUSE_GROUP_WORDS,
  CONCERN_WORDS,
  KIND_WORDS,
  PULSE_WORDS,
  TRIED_WORDS,
  VERDICT_WORDS,
  WORDS,
} from './summary-words';

const INK = '#2b2522';
const MUTED = '#6b625c';
const ACCENT = '#b2452c';
const BAND = '#f4e6df';
const RULE = '#e4d9d2';
const MARGIN = 56;
const RECENT_WEEKS = 12;

type Doc = PDFKit.PDFDocument;

/** Characters the built-in font can draw (WinAnsi); anything else becomes a plain stand-in. */
function printable(text: string): string {
  return text
    .replace(/[\u2010-\u2012]/g, '-')
    .replace(
      /[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g,
      '?',
    );
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function longDay(day: string): string {
  return DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
}

function weekStart(week: string): string {
  return SHORT_DAY.format(new Date(`${isoWeekMonday(week)}T00:00:00Z`));
}

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

/** Starts a new page when fewer than `height` points are left; says whether it did. */
function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= doc.page.height - MARGIN - 24) return false;
  doc.addPage();
  return true;
}

function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 80);
  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(printable(text), MARGIN);
  const y = doc.y + 4;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + 40, y)
    .lineWidth(2)
    .strokeColor(ACCENT)
    .stroke();
  doc.y = y + 10;
}

function paragraph(doc: Doc, text: string, options: { muted?: boolean; size?: number } = {}): void {
  doc
    .font('Helvetica')
    .fontSize(options.size ?? 10.5)
    .fillColor(options.muted ? MUTED : INK)
    .text(printable(text), MARGIN, doc.y, { width: contentWidth(doc), lineGap: 2 });
  doc.moveDown(0.4);
}

function bullets(doc: Doc, lines: readonly string[]): void {
  for (const line of lines) {
    ensureSpace(doc, 18);
    const y = doc.y;
    doc
      .circle(MARGIN + 4, y + 5.5, 1.8)
      .fillColor(ACCENT)
      .fill();
    doc
      .font('Helvetica')
      .fontSize(10.5)
      .fillColor(INK)
      .text(printable(line), MARGIN + 14, y, { width: contentWidth(doc) - 14, lineGap: 2 });
    doc.moveDown(0.25);
  }
}

/** A simple table: a bold header row (again on each new page) and light rules between rows. */
function table(
  doc: Doc,
  columns: readonly { title: string; width: number }[],
  rows: string[][],
): void {
  const rowHeight = 18;
  const header = columns.map((c) => c.title);
  const drawRow = (cells: readonly string[], bold: boolean) => {
    if (ensureSpace(doc, rowHeight + 4) && !bold) drawRow(header, true);
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = columns[i]?.width ?? 60;
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9.5)
        .fillColor(bold ? MUTED : INK)
        .text(printable(cell), x, y + 4, {
          width: width - 6,
          height: rowHeight - 4,
          lineBreak: false,
          ellipsis: true,
        });
      x += width;
    });
    doc
      .moveTo(MARGIN, y + rowHeight)
      .lineTo(MARGIN + contentWidth(doc), y + rowHeight)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + rowHeight + 2;
  };
  // Never a header alone at the foot of a page.
  ensureSpace(doc, (rowHeight + 2) * Math.min(rows.length + 1, 4));
  drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.6);
}

/** The weekly line (the mean of the four ratings) over its usual range. */
function pulseChart(
  doc: Doc,
  pulses: NonNullable<Summary['scores']>['pulses'],
  reliability: ReliabilityConfig,
): void {
  const height = 150;
  ensureSpace(doc, height + 40);
  const width = contentWidth(doc);
  const left = MARGIN + 22;
  const plotWidth = width - 30;
  const top = doc.y + 6;
  const means = pulses.map((p) => (p.emotional + p.physical + p.intellectual + p.talk) / 4);
  const yOf = (value: number) => top + height - ((value - 1) / 9) * height;
  const xOf = (i: number) =>
    means.length === 1 ? left + plotWidth / 2 : left + (i / (means.length - 1)) * plotWidth;
  const { band } = summarizeChange(means, reliability);
  if (band) {
    const high = Math.min(10, band.high);
    const low = Math.max(1, band.low);
    doc
      .rect(left, yOf(high), plotWidth, yOf(low) - yOf(high))
      .fillColor(BAND)
      .fill();
  }
  for (const value of [1, 4, 7, 10]) {
    doc
      .moveTo(left, yOf(value))
      .lineTo(left + plotWidth, yOf(value))
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(String(value), MARGIN, yOf(value) - 4, { width: 16, align: 'right' });
  }
  means.forEach((value, i) => {
    if (i > 0) {
      doc
        .moveTo(xOf(i - 1), yOf(means[i - 1] ?? value))
        .lineTo(xOf(i), yOf(value))
        .lineWidth(1.6)
        .strokeColor(ACCENT)
        .stroke();
    }
  });
  means.forEach((value, i) => {
    doc.circle(xOf(i), yOf(value), 2.4).fillColor(ACCENT).fill();
  });
  const first = pulses[0];
  const last = pulses.at(-1);
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  if (first) doc.text(printable(weekStart(first.week)), left, top + height + 6, { width: 120 });
  if (last && pulses.length > 1)
    doc.text(printable(weekStart(last.week)), left + plotWidth - 120, top + height + 6, {
      width: 120,
      align: 'right',
    });
  doc.x = MARGIN;
  doc.y = top + height + 24;
  // The band is named only when it is drawn (it needs a few weeks to know the usual range).
  const caption = band ? `${WORDS.chartCaption} ${WORDS.chartBandCaption}` : WORDS.chartCaption;
  paragraph(doc, caption, { muted: true, size: 9 });
}

function scoresSection(
  doc: Doc,
  scores: NonNullable<Summary['scores']>,
  reliability: ReliabilityConfig,
): void {
  heading(doc, WORDS.scoresHeading);
  if (scores.pulses.length === 0) paragraph(doc, WORDS.noPulses, { muted: true });
  else {
    pulseChart(doc, scores.pulses, reliability);
    doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(WORDS.changeHeading, MARGIN);
    doc.moveDown(0.3);
    bullets(
      doc,
      scores.change.map((c) =>
        WORDS.change(PULSE_WORDS[c.key], VERDICT_WORDS[c.verdict], c.baseline, c.current),
      ),
    );
    doc.moveDown(0.4);
    doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(WORDS.weeksTable, MARGIN);
    doc.moveDown(0.3);
    const w = contentWidth(doc);
    table(
      doc,
      [
        { title: WORDS.weekColumn, width: w * 0.24 },
        { title: KIND_WORDS.emotional, width: w * 0.16 },
        { title: KIND_WORDS.physical, width: w * 0.16 },
        { title: KIND_WORDS.intellectual, width: w * 0.16 },
        { title: WORDS.talkColumn, width: w * 0.14 },
        { title: WORDS.averageColumn, width: w * 0.14 },
      ],
      scores.pulses
        .slice(-RECENT_WEEKS)
        .reverse()
        .map((p) => [
          weekStart(p.week),
          String(p.emotional),
          String(p.physical),
          String(p.intellectual),
          String(p.talk),
          ((p.emotional + p.physical + p.intellectual + p.talk) / 4).toFixed(1),
        ]),
    );
  }
  heading(doc, WORDS.checksHeading);
  paragraph(doc, WORDS.checksHint, { muted: true, size: 9.5 });
  if (scores.checks.length === 0) {
    paragraph(doc, WORDS.noChecks, { muted: true });
    return;
  }
  const w = contentWidth(doc);
  const kinds = ['emotional', 'physical', 'intellectual'] as const;
  table(
    doc,
    [
      { title: WORDS.dateColumn, width: w * 0.22 },
      ...kinds.map((k) => ({ title: KIND_WORDS[k], width: w * 0.26 })),
    ],
    [...scores.checks].reverse().map((c) => [
      longDay(c.takenOn),
      ...kinds.map((k) => {
        const found = c.kinds.find((x) => x.kind === k);
        return WORDS.nowWish(found?.score ?? null, found?.wish ?? null);
      }),
    ]),
  );
}

function causesSection(doc: Doc, causes: Summary['causes']): void {
  heading(doc, WORDS.causesHeading);
  if (!causes) {
    paragraph(doc, WORDS.noCauses, { muted: true });
    return;
  }
  paragraph(doc, WORDS.causesFrom(longDay(causes.takenOn)), { muted: true });
  for (const group of causes.groups) {
    ensureSpace(doc, 40);
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .fillColor(INK)
      .text(CAUSE_GROUP_WORDS[group.group], MARGIN);
    doc.moveDown(0.2);
    bullets(doc, group.items);
  }
  if (causes.signs.length > 0) {
    ensureSpace(doc, 40);
    doc.moveDown(0.3);
    doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(WORDS.signsHeading, MARGIN);
    doc.moveDown(0.2);
    bullets(doc, causes.signs);
  }
}

function concernsSection(doc: Doc, concerns: NonNullable<Summary['concerns']>): void {
  heading(doc, WORDS.concernsHeading);
  const checkins = concerns.checkins;
  if (concerns.items.length === 0 && checkins.items.length === 0) {
    paragraph(doc, WORDS.noConcerns, { muted: true });
    return;
  }
  if (concerns.items.length > 0) {
    paragraph(doc, WORDS.concernsIntro(concerns.weeksAnswered), { muted: true });
    bullets(
      doc,
      concerns.items.map((c) =>
        WORDS.concernWeeks(CONCERN_WORDS[c.id], c.weeks, concerns.weeksAnswered),
      ),
    );
  }
  if (checkins.items.length > 0) {
    ensureSpace(doc, 60);
    doc.moveDown(0.4);
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .fillColor(INK)
      .text(WORDS.checkinConcernsHeading, MARGIN);
    doc.moveDown(0.2);
    paragraph(doc, WORDS.checkinConcernsIntro(checkins.weeks), { muted: true });
    bullets(
      doc,
      checkins.items.map((c) =>
        WORDS.checkinConcern(c.text, c.weeks, longDay(c.firstOn), longDay(c.lastOn), c.resolved),
      ),
    );
    if (checkins.more > 0) paragraph(doc, WORDS.checkinMore(checkins.more), { muted: true });
  }
}

function triedSection(doc: Doc, tried: NonNullable<Summary['tried']>): void {
  heading(doc, WORDS.triedHeading);
  const lines = tried.filter((t) => t.count > 0).map((t) => TRIED_WORDS[t.id](t.count));
  if (lines.length === 0) paragraph(doc, WORDS.noneTried, { muted: true });
  else bullets(doc, lines);
}

const NOTE_LINES = 6;
const NOTE_LINE_GAP = 22;
/** The heading's own room: the space above it, its line, and the rule below. */
const HEADING_ROOM = 56;

/** Ruled lines for the person's own notes, kept together: on a new page when they don't fit. */
function notesSection(doc: Doc): void {
  ensureSpace(doc, HEADING_ROOM + NOTE_LINES * NOTE_LINE_GAP);
  heading(doc, WORDS.notesHeading);
  for (let i = 0; i < NOTE_LINES; i += 1) {
    const y = doc.y + NOTE_LINE_GAP;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + contentWidth(doc), y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = y;
  }
}

function footers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(WORDS.footer(i + 1, range.count), MARGIN, doc.page.height - MARGIN + 12, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** Renders my summary; resolves with the PDF's bytes. */
export function renderSummaryPdf(
  summary: Summary,
  reliability: ReliabilityConfig,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // A neutral title: the file may be seen in a downloads list.
    info: { Title: 'Rekindle notes', Creator: 'Rekindle', Producer: 'Rekindle' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor(ACCENT)
    .text(WORDS.brand, MARGIN, MARGIN, { characterSpacing: 2 });
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(24).fillColor(INK).text(WORDS.title, MARGIN);
  doc.moveDown(0.3);
  paragraph(doc, WORDS.prepared(longDay(summary.preparedOn)), { muted: true, size: 10 });
  doc.moveDown(0.3);
  paragraph(doc, WORDS.intro);
  if (summary.scores) scoresSection(doc, summary.scores, reliability);
  if (summary.sections.includes('causes')) causesSection(doc, summary.causes);
  if (summary.concerns) concernsSection(doc, summary.concerns);
  if (summary.tried) triedSection(doc, summary.tried);
  notesSection(doc);
  footers(doc);
  doc.end();
  return done;
}
