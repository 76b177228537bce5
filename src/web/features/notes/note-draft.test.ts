import { describe, expect, it } from 'vitest';
import { checkDraft, EMPTY_DRAFT, type NoteDraft, parseDraft } from './note-draft';

const NOW = new Date('2026-03-02T12:00:00.000Z');
const draft = (over: Partial<NoteDraft>): NoteDraft => ({
  ...EMPTY_DRAFT,
  text: 'Thank you',
  ...over,
});

describe('a note before it is sent', () => {
  it.each([
    { name: 'plain words', over: {}, body: { kind: 'thank-you', text: 'Thank you' } },
    {
      name: 'a celebration',
      over: { kind: 'celebrate', title: ' New job ' },
      body: { kind: 'celebrate', text: 'Thank you', title: 'New job' },
    },
    {
      name: 'a title left from a celebration is dropped',
      over: { kind: 'note', title: 'Old title' },
      body: { kind: 'note', text: 'Thank you' },
    },
    {
      name: 'hidden until 14:30 in Berlin',
      over: { hide: true, when: '2026-03-02T14:30' },
      body: { kind: 'thank-you', text: 'Thank you', visibleFrom: '2026-03-02T13:30:00.000Z' },
    },
  ] as const)('sends $name', ({ over, body }) => {
    expect(checkDraft(draft(over), 'Europe/Berlin', NOW)).toEqual({ ok: true, body });
  });

  it.each([
    { name: 'no words', over: { text: '  ' }, errors: { text: 'required' } },
    { name: 'too many words', over: { text: 'x'.repeat(501) }, errors: { text: 'tooLong' } },
    {
      name: 'a celebration without title',
      over: { kind: 'celebrate' },
      errors: { title: 'required' },
    },
    { name: 'no time chosen', over: { hide: true }, errors: { when: 'timeMissing' } },
    {
      name: 'a time passed',
      over: { hide: true, when: '2026-03-02T12:30' },
      errors: { when: 'timePast' },
    },
    {
      name: 'a time too far',
      over: { hide: true, when: '2026-04-05T12:00' },
      errors: { when: 'timeFar' },
    },
  ] as const)('holds back $name', ({ over, errors }) => {
    expect(checkDraft(draft(over), 'Europe/Berlin', NOW)).toEqual({ ok: false, errors });
  });

  it('reads a kept draft, and ignores what it does not recognise', () => {
    expect(parseDraft(JSON.stringify({ kind: 'compliment', text: 'Hi', hide: true }))).toEqual({
      ...EMPTY_DRAFT,
      kind: 'compliment',
      text: 'Hi',
      hide: true,
    });
    expect(parseDraft('{"kind":"letter"}')).toEqual(EMPTY_DRAFT);
    expect(parseDraft('not json')).toEqual(EMPTY_DRAFT);
    expect(parseDraft(null)).toEqual(EMPTY_DRAFT);
  });
});
