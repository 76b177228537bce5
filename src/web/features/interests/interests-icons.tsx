import { Icon } from '../../components/icons';

/** A paintbrush and a leaf: the More list's entry for shared hobbies. */
export function HobbiesIcon() {
  return (
    <Icon size={24}>
      <path d="M14.5 4.5l5 5-7.5 7.5-5-5z" />
      <path d="M7 12l-2.5 2.5a2.5 2.5 0 0 0 0 3.5l1 1a2.5 2.5 0 0 0 3.5 0L12 16.5" />
      <path d="M4 20l2-2" />
    </Icon>
  );
}

/** A folded map: the More list's entry for travel and adventure. */
export function TravelIcon() {
  return (
    <Icon size={24}>
      <path d="M3 6.5l6-2.5 6 2.5 6-2.5v13.5l-6 2.5-6-2.5-6 2.5z" />
      <path d="M9 4v13.5" />
      <path d="M15 6.5V20" />
    </Icon>
  );
}
