import { describe, expect, it } from 'vitest';
import type { MyPrep } from '../../../shared/checkins-api';
import { draftOf, parseDraft, prepBodyOf, sameDraft } from './prep-draft';

const nothing: MyPrep = {
  prepared: false,
  appreciation: null,
  success: null,
  concern: null,
  goals: null,
  ratings: null,
};

describe('the preparation draft', () => {
  it('starts from what is saved', () => {
    const draft = draftOf({
      ...nothing,
      prepared: true,
      appreciation: 'Soup',
      concern: { id: 'k1', text: 'Phones', private: true, resolved: false, continued: true },
    });
    expect(draft).toMatchObject({
      appreciation: 'Soup',
      concern: 'Phones',
      concernPrivate: true,
      continues: 'k1',
    });
    expect(draftOf(nothing).continues).toBeNull();
  });

  it('sends empty notes as cleared, words trimmed, and no ratings when none are chosen', () => {
    const draft = { ...draftOf(nothing), appreciation: '  The walk  ', concern: '   ' };
    expect(prepBodyOf(draft)).toEqual({
      body: { appreciation: 'The walk', success: null, concern: null, goals: null },
    });
  });

  it('sends a concern with whether it is kept private and what it carries on', () => {
    const draft = { ...draftOf(nothing), concern: 'Chores', concernPrivate: true, continues: 'k9' };
    expect(prepBodyOf(draft)).toMatchObject({
      body: { concern: { text: 'Chores', private: true, continues: 'k9' } },
    });
  });

  it.each([
    [{ emotional: 5, physical: null, intellectual: null, talk: null }, { missing: 3 }],
    [{ emotional: 5, physical: 6, intellectual: 7, talk: null }, { missing: 1 }],
  ])('asks for the rest of the ratings when only some are chosen', (ratings, expected) => {
    expect(prepBodyOf({ ...draftOf(nothing), ratings })).toEqual(expected);
  });

  it('sends all four ratings as the pulse', () => {
    const ratings = { emotional: 5, physical: 6, intellectual: 7, talk: 8 };
    expect(prepBodyOf({ ...draftOf(nothing), ratings })).toMatchObject({ body: { ratings } });
  });

  it('reads back what it stored, and nothing else', () => {
    const draft = { ...draftOf(nothing), goals: 'Rest' };
    const read = parseDraft(JSON.stringify(draft));
    expect(read && sameDraft(read, draft)).toBe(true);
    for (const stored of [null, 'not json', '42', '{"goals":1}'])
      expect(parseDraft(stored)).toBeNull();
  });
});
