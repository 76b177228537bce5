import { describe, expect, it } from 'vitest';
import { type SharedTopic, shareLabel } from './sharing-state';

const off = { check: false, progress: false };
const partnerName = 'Sam';

describe('shareLabel', () => {
  it.each<SharedTopic>(['check', 'progress'])('is "only you" without a partner (%s)', (topic) => {
    expect(shareLabel(topic, { partnerName: null, mine: undefined, mutual: undefined })).toEqual({
      visibility: 'private',
      detail: null,
    });
  });

  it('waits while my own opt-ins are not known', () => {
    expect(shareLabel('check', { partnerName, mine: undefined, mutual: undefined })).toBeNull();
  });

  it('is "only you" at once when I have not opted in: nothing can be mutual', () => {
    expect(shareLabel('check', { partnerName, mine: off, mutual: undefined })).toEqual({
      visibility: 'private',
      detail: null,
    });
    expect(
      shareLabel('progress', {
        partnerName,
        mine: { check: true, progress: false },
        mutual: undefined,
      }),
    ).toEqual({ visibility: 'private', detail: null });
  });

  it('waits for the mutual state when I have opted in', () => {
    expect(
      shareLabel('check', { partnerName, mine: { ...off, check: true }, mutual: undefined }),
    ).toBeNull();
  });

  it('says the check is shared once both opted in to compare', () => {
    const label = shareLabel('check', {
      partnerName,
      mine: { ...off, check: true },
      mutual: { ...off, check: true },
    });
    expect(label?.visibility).toBe('shared');
    expect(label?.detail).toContain('Sam sees your results too');
  });

  it('says the check scores show on the partner’s Progress when both share progress', () => {
    const label = shareLabel('check', {
      partnerName,
      mine: { ...off, progress: true },
      mutual: { ...off, progress: true },
    });
    expect(label?.visibility).toBe('shared');
    expect(label?.detail).toContain('Progress page');
  });

  it('says progress is shared once both opted in to share progress', () => {
    const label = shareLabel('progress', {
      partnerName,
      mine: { check: true, progress: true },
      mutual: { check: true, progress: true },
    });
    expect(label?.visibility).toBe('shared');
    expect(label?.detail).toContain('weekly ratings');
  });

  it('keeps progress "only you" when only the check is mutual', () => {
    const label = shareLabel('progress', {
      partnerName,
      mine: { check: true, progress: true },
      mutual: { check: true, progress: false },
    });
    expect(label?.visibility).toBe('private');
    expect(label?.detail).toContain('If Sam also turns on sharing');
  });

  it.each<SharedTopic>(['check', 'progress'])(
    'stays "only you" with a note while only I opted in (%s)',
    (topic) => {
      const label = shareLabel(topic, {
        partnerName,
        mine: { check: true, progress: true },
        mutual: off,
      });
      expect(label?.visibility).toBe('private');
      expect(label?.detail).toContain('If Sam also turns on sharing');
    },
  );

  it.each<SharedTopic>(['check', 'progress'])(
    'promises no privacy it cannot check when the mutual state fails (%s)',
    (topic) => {
      const label = shareLabel(topic, {
        partnerName,
        mine: { check: true, progress: true },
        mutual: undefined,
        mutualFailed: true,
      });
      expect(label?.visibility).toBe('shared');
      expect(label?.detail).toContain('only if you both chose');
    },
  );
});
