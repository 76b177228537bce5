/** An ear: the More list's link to listening sessions. Decorative; the text carries the meaning. */
import { Icon } from '../../components/icons';

export function ListeningIcon() {
  return (
    <Icon size={24}>
      <path d="M7 9a5 5 0 0 1 10 0c0 3-3 4-3 7a3 3 0 0 1-5.5 1.6" />
      <path d="M10 9a2 2 0 0 1 4 0c0 1.3-1.2 1.7-1.6 2.6" />
    </Icon>
  );
}
