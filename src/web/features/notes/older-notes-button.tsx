import { Button } from 'react-aria-components';

/** What the button needs of a list of notes read a page at a time. */
interface NotePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** The button that reads the next page of older notes, while there is one. */
export function OlderNotesButton({ notes, label }: { notes: NotePages; label: string }) {
  if (!notes.hasNextPage) return null;
  return (
    <Button
      className="button button--secondary"
      isDisabled={notes.isFetchingNextPage}
      onPress={() => void notes.fetchNextPage()}
    >
      {label}
    </Button>
  );
}
