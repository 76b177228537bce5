import { Icon } from '../../components/icons';

/** A small spark: the More list's entry for the weekly challenge. */
export function ChallengesIcon() {
  return (
    <Icon size={24}>
      <path d="M12 3v4" />
      <path d="M12 17v4" />
      <path d="M3 12h4" />
      <path d="M17 12h4" />
      <path d="M12 9l1.2 1.8L15 12l-1.8 1.2L12 15l-1.2-1.8L9 12l1.8-1.2z" />
    </Icon>
  );
}

/** A tick, for "in" and "done". Decorative: the words beside it say it. */
export function TickIcon() {
  return (
    <Icon>
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </Icon>
  );
}
