import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import { type MessageKey, t } from '../i18n';
import { MoreIcon, PartnerIcon, SettingsIcon, ShieldIcon, SunIcon, TalkIcon } from './icons';

type NavItem = {
  to: string;
  label: MessageKey;
  Icon: ComponentType;
  /** Where the item shows: the phone bottom bar, the wide side bar, or both. */
  place: 'both' | 'phone' | 'wide';
  /** Extra paths that count as "here" for this item. */
  also?: readonly string[];
};

const ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.today', Icon: SunIcon, place: 'both' },
  { to: '/history', label: 'nav.talk', Icon: TalkIcon, place: 'both' },
  { to: '/partner', label: 'nav.partner', Icon: PartnerIcon, place: 'wide' },
  { to: '/settings', label: 'nav.settings', Icon: SettingsIcon, place: 'wide' },
  { to: '/privacy', label: 'nav.privacy', Icon: ShieldIcon, place: 'wide' },
  {
    to: '/settings',
    label: 'nav.more',
    Icon: MoreIcon,
    place: 'phone',
    also: ['/partner', '/privacy', '/join'],
  },
];

function isHere(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  const paths = [item.to, ...(item.also ?? [])];
  return paths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** Bottom bar on phones, side bar on wide screens; one list, styled per width. */
export function MainNav() {
  const { pathname } = useLocation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {ITEMS.map((item) => {
          const here = isHere(item, pathname);
          return (
            <li
              key={`${item.place}-${item.label}`}
              className={`main-nav__item main-nav__item--${item.place}`}
            >
              <Link
                to={item.to}
                className={here ? 'main-nav__link is-here' : 'main-nav__link'}
                aria-current={here ? 'page' : undefined}
              >
                <item.Icon />
                <span>{t(item.label)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
