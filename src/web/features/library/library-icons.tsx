/** Icons of the library's screens and its More entries; decorative, the text carries meaning. */
import { Icon } from '../../components/icons';

/** An open book: the library. */
export function LibraryIcon() {
  return (
    <Icon size={24}>
      <path d="M12 6.5C10.5 5 8 4.5 4 4.5v13c4 0 6.5.5 8 2 1.5-1.5 4-2 8-2v-13c-4 0-6.5.5-8 2z" />
      <path d="M12 6.5v13" />
    </Icon>
  );
}

/** A question in a speech bubble: help. */
export function HelpIcon() {
  return (
    <Icon size={24}>
      <path d="M20 12a8 8 0 0 1-11.6 7.1L4 20l1-4A8 8 0 1 1 20 12z" />
      <path d="M10 10a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5" />
      <path d="M12 16.5h.01" />
    </Icon>
  );
}

/** A notebook with a ribbon: what we learned. */
export function NotebookIcon() {
  return (
    <Icon size={24}>
      <rect x="5" y="3" width="14" height="18" rx="2" />
      <path d="M9 3v18" />
      <path d="M12 8h4M12 12h4" />
    </Icon>
  );
}

/** A tick, for an article I have read. */
export function ReadIcon() {
  return (
    <Icon size={16}>
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </Icon>
  );
}

/** A magnifying glass, beside the help search. */
export function SearchIcon() {
  return (
    <Icon size={20}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="M16 16l4 4" />
    </Icon>
  );
}
