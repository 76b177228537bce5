import { describe, expect, it } from 'vitest';
import type { PrivateWeekBody } from '../../../shared/signals-api';
import { type NeedsValue, needsToValues, nextNeeds, valuesToNeeds } from './week-answers';

describe('the "weighs on you" list', () => {
  it.each([
    [[], ['low-mood'], ['low-mood']],
    [['low-mood'], ['low-mood', 'betrayal'], ['low-mood', 'betrayal']],
    [['low-mood', 'betrayal'], ['low-mood', 'betrayal', 'none'], ['none']],
    [['none'], ['none', 'sexual-pain'], ['sexual-pain']],
    [['prefer-not'], ['prefer-not', 'none'], ['none']],
    [['low-mood'], ['low-mood', 'prefer-not'], ['prefer-not']],
    [['low-mood', 'betrayal'], ['betrayal'], ['betrayal']],
    [['none'], [], []],
  ] as [NeedsValue[], NeedsValue[], NeedsValue[]][])(
    '%j then %j → %j',
    (before, after, expected) => {
      expect(nextNeeds(before, after)).toEqual(expected);
    },
  );

  it.each([
    [null, []],
    ['prefer-not', ['prefer-not']],
    [[], ['none']],
    [['low-mood'], ['low-mood']],
  ] as [PrivateWeekBody['needs'], NeedsValue[]][])('reads %j as %j and back', (needs, values) => {
    expect(needsToValues(needs)).toEqual(values);
    expect(valuesToNeeds(values)).toEqual(needs);
  });
});
