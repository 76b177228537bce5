/** A calendar page with a check: the More list's link to the weekly check-in. Decorative. */
import { Icon } from '../../components/icons';

export function CheckinIcon() {
  return (
    <Icon size={24}>
      <rect x="4" y="5" width="16" height="15" rx="2" />
      <path d="M8 3v4M16 3v4M4 10h16" />
      <path d="M9 15l2 2 4-4" />
    </Icon>
  );
}
