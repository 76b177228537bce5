/** Query keys of the decks; everything starts with `decks`, so one live event refreshes it all. */
export const deckKeys = {
  all: ['decks'] as const,
  list: ['decks', 'list'] as const,
  deck: (deckId: string) => ['decks', 'deck', deckId] as const,
  card: (cardId: string) => ['decks', 'card', cardId] as const,
  talk: ['decks', 'talk'] as const,
  own: ['decks', 'own'] as const,
  day: (day: string) => ['decks', 'day', day] as const,
  next: (deckId: string, depth: string, offset: number) =>
    ['decks', 'next', deckId, depth, offset] as const,
};
