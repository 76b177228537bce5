/** A small line drawing for each reaction, beside its words (never the icon alone). */
import type { ComponentType } from 'react';
import type { Reaction } from '../../../shared/decks-api';
import { Icon } from '../../components/icons';

function Heart() {
  return (
    <Icon>
      <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />
    </Icon>
  );
}

function Hug() {
  return (
    <Icon>
      <circle cx="9" cy="6.5" r="2.5" />
      <circle cx="15" cy="6.5" r="2.5" />
      <path d="M4 20v-4a5 5 0 0 1 8-4 5 5 0 0 1 8 4v4" />
      <path d="M7 15.5c1.6 1.3 3.2 2 5 2s3.4-.7 5-2" />
    </Icon>
  );
}

function Smile() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M8.5 14.5a4.5 4.5 0 0 0 7 0" />
      <path d="M9 9.5h.01M15 9.5h.01" />
    </Icon>
  );
}

function MeToo() {
  return (
    <Icon>
      <circle cx="9" cy="12" r="5.5" />
      <circle cx="15" cy="12" r="5.5" />
    </Icon>
  );
}

function ThankYou() {
  return (
    <Icon>
      <path d="M12 3v3M12 18v3M3 12h3M18 12h3" />
      <path d="M12 8.5l1.1 2.4 2.4 1.1-2.4 1.1L12 15.5l-1.1-2.4L8.5 12l2.4-1.1z" />
    </Icon>
  );
}

function NewToMe() {
  return (
    <Icon>
      <path d="M9 18h6M10 21h4" />
      <path d="M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3z" />
    </Icon>
  );
}

export const REACTION_ICONS: Record<Reaction, ComponentType> = {
  heart: Heart,
  hug: Hug,
  smile: Smile,
  'me-too': MeToo,
  'thank-you': ThankYou,
  'new-to-me': NewToMe,
};

/** A card of the decks, for the More list. */
export function DecksIcon() {
  return (
    <Icon size={24}>
      <rect x="7" y="4" width="12" height="16" rx="2" />
      <path d="M4.5 7.5v10A2.5 2.5 0 0 0 7 20" />
      <path d="M11 10h4M11 13.5h4" />
    </Icon>
  );
}
