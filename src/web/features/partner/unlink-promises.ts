/**
 * What the unlink dialog promises, in the order it says them (the words are
 * `partner.unlinkPromises.<key>` in en.json). Each promise has a check of its
 * own in tests/http/pairing-notices.test.ts, keyed by this list: a promise
 * added here without a check does not compile there.
 */
export const UNLINK_PROMISES = [
  'endsForBoth',
  'eachKeeps',
  'coupleKeeps',
  'exportKeeps',
  'partnerNote',
  'nothingElse',
  'sharingEnds',
  'startFresh',
] as const;

export type UnlinkPromise = (typeof UNLINK_PROMISES)[number];
