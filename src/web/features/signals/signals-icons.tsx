/** Line icons of "Get support". Decorative: the words beside them carry the meaning. */
import { Icon } from '../../components/icons';

/** Two hands, one held out to the other: the More list's link to "Get support". */
export function SupportIcon() {
  return (
    <Icon size={24}>
      <path d="M3 14l3-3a2.5 2.5 0 0 1 3.5 0L12 13.5" />
      <path d="M12 13.5l2.2-2.2a2 2 0 0 1 2.8 2.8L13.5 17.6a4 4 0 0 1-2.8 1.2H3" />
      <circle cx="16" cy="6" r="2.5" />
    </Icon>
  );
}

/** A box with an arrow out of it: the link opens another website. */
export function ExternalIcon() {
  return (
    <Icon size={16}>
      <path d="M14 4h6v6" />
      <path d="M20 4l-9 9" />
      <path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </Icon>
  );
}

/** A page with lines and a folded corner: the summary for a first session. */
export function NotesPageIcon() {
  return (
    <Icon size={24}>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4" />
      <path d="M9 12h6M9 15h6M9 18h4" />
    </Icon>
  );
}
