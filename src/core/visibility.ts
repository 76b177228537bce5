/**
 * Who may see a record. Pure rules; repositories filter with them and
 * presenters decide which fields leave the server.
 */
import type { Visibility } from '../shared/api';

export interface Viewer {
  userId: string;
  /** The couple the viewer belongs to now, or null when solo. */
  coupleId: string | null;
}

export interface OwnedRecord {
  ownerId: string;
  /** The couple the record was written in, or null when written alone. */
  coupleId: string | null;
  visibility: Visibility;
}

/**
 * Whether the viewer may read the record. `bothAnswered` matters only for
 * reveal-together records: they open once both partners answered the same item.
 * Records of a couple that has since ended are visible to their owner only.
 */
export function canSeeRecord(viewer: Viewer, record: OwnedRecord, bothAnswered: boolean): boolean {
  if (viewer.userId === record.ownerId) return true;
  if (record.coupleId === null || viewer.coupleId !== record.coupleId) return false;
  switch (record.visibility) {
    case 'private':
      return false;
    case 'shared':
      return true;
    case 'reveal-together':
      return bothAnswered;
  }
}

/**
 * Mutual sharing: a partner's results are shown only while both members of
 * the couple opted in to the topic, within this couple (an opt-in ends with
 * the couple it was given in), and only results written in this couple.
 * The opt-ins of a couple are counted in SQL (one row per member and topic);
 * the sharing is mutual when the count is this.
 */
export const MUTUAL_OPT_INS = 2;

export function isMutual(optInsOfCouple: number): boolean {
  return optInsOfCouple === MUTUAL_OPT_INS;
}
