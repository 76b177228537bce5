import { Icon } from '../../components/icons';

/** Two hands meeting: the More list's entry for small gestures. */
export function GesturesIcon() {
  return (
    <Icon size={24}>
      <path d="M4 14l3.5-3.5a2 2 0 0 1 2.8 0L12 12" />
      <path d="M20 14l-3.5-3.5a2 2 0 0 0-2.8 0L12 12" />
      <path d="M4 14l4 4a3 3 0 0 0 2.1.9h3.8a3 3 0 0 0 2.1-.9l4-4" />
      <path d="M12 4.5v2.5" />
      <path d="M8.5 5.5l1 1.8" />
      <path d="M15.5 5.5l-1 1.8" />
    </Icon>
  );
}
