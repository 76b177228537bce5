/**
 * Words and addresses of decks in the web app. The own deck's words are the
 * reader's language (the server's are English); a deck's address never names
 * its theme, since browser history and bookmarks are seen by others.
 */
import { hashString } from '../../../core/deck';
import { OWN_DECK_ID } from '../../../core/decks';
import { t } from '../../i18n';

export function ownDeckWords(together: boolean): { title: string; description: string } {
  return together
    ? { title: t('decks.own.title'), description: t('decks.own.description') }
    : { title: t('decks.own.titleSolo'), description: t('decks.own.descriptionSolo') };
}

/** A neutral, stable name for a deck in the address bar. */
export function deckSlug(deckId: string): string {
  return deckId === OWN_DECK_ID ? OWN_DECK_ID : `d${hashString(deckId).toString(36)}`;
}

export function deckPath(deckId: string): string {
  return `/decks/${deckSlug(deckId)}`;
}

/** The deck a neutral address stands for, among the decks known. */
export function deckIdOf(slug: string, deckIds: readonly string[]): string | undefined {
  return deckIds.find((id) => deckSlug(id) === slug);
}
