import { describe, expect, it } from 'vitest';
import { missingRatings, type PulseDraft, pulseBody } from './pulse-draft';

const none: PulseDraft = { emotional: null, physical: null, intellectual: null, talk: null };

describe('the weekly pulse before it is saved', () => {
  it('starts with every rating missing, in the order they are asked', () => {
    expect(missingRatings(none)).toEqual(['emotional', 'physical', 'intellectual', 'talk']);
    expect(pulseBody(none)).toBeNull();
  });

  it.each<keyof PulseDraft>(['emotional', 'physical', 'intellectual', 'talk'])(
    'sends nothing while %s is missing',
    (key) => {
      const draft = { emotional: 3, physical: 4, intellectual: 5, talk: 6, [key]: null };
      expect(pulseBody(draft)).toBeNull();
      expect(missingRatings(draft)).toEqual([key]);
    },
  );

  it('sends the four chosen ratings, a low one too', () => {
    const draft = { emotional: 1, physical: 10, intellectual: 5, talk: 1 };
    expect(missingRatings(draft)).toEqual([]);
    expect(pulseBody(draft)).toEqual(draft);
  });
});
