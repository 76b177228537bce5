/** Words for the own deck, in the reader's language (the server's are English). */
import { t } from '../../i18n';

export function ownDeckWords(together: boolean): { title: string; description: string } {
  return together
    ? { title: t('decks.own.title'), description: t('decks.own.description') }
    : { title: t('decks.own.titleSolo'), description: t('decks.own.descriptionSolo') };
}
