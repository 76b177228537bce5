import { Icon } from '../../components/icons';

/** A folded note: the More list's entry for notes. */
export function NotesIcon() {
  return (
    <Icon size={24}>
      <rect x="3.5" y="6" width="17" height="12.5" rx="2" />
      <path d="M3.5 8l8.5 6 8.5-6" />
    </Icon>
  );
}
