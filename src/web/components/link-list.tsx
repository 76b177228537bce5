import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { type MessageKey, t } from '../i18n';
import { ChevronIcon } from './icons';

/** A place in the app: where it is, its name, a line on what is there, and its icon. */
export type PlaceLink = { to: string; label: MessageKey; hint: MessageKey; Icon: ComponentType };

/** A plain list of places, one tap each. */
export function LinkList({ links }: { links: readonly PlaceLink[] }) {
  return (
    <ul className="link-list">
      {links.map(({ to, label, hint, Icon }) => (
        <li key={to}>
          <Link to={to} className="link-list__link">
            <span className="link-list__icon">
              <Icon />
            </span>
            <span className="link-list__text">
              <span className="link-list__label">{t(label)}</span>
              <span className="link-list__hint">{t(hint)}</span>
            </span>
            <ChevronIcon />
          </Link>
        </li>
      ))}
    </ul>
  );
}
