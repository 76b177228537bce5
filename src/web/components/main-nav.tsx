import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import { type MessageKey, t } from '../i18n';
import { ChartIcon, MoreIcon, SunIcon, TalkIcon } from './icons';

type NavItem = {
  to: string;
  label: MessageKey;
  Icon: ComponentType;
  /** Extra paths that count as "here" for this item. */
  also?: readonly string[];
};

/** The same four places on phones (bottom bar) and wide screens (side bar). */
const ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.today', Icon: SunIcon, also: ['/plan'] },
  { to: '/history', label: 'nav.talk', Icon: TalkIcon, also: ['/question'] },
  { to: '/progress', label: 'nav.progress', Icon: ChartIcon, also: ['/pulse'] },
  {
    to: '/more',
    label: 'nav.more',
    Icon: MoreIcon,
    also: [
      '/partner',
      '/settings',
      '/privacy',
      '/join',
      '/understand',
      '/check',
      '/for-you',
      '/decks',
      '/exercises',
      '/gestures',
      '/notes',
      '/dates',
      '/listening',
      '/challenge',
      '/hobbies',
      '/travel',
    ],
  },
];

function matches(path: string, pathname: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

function isHere(item: NavItem, pathname: string): boolean {
  if (item.to === '/' && pathname === '/') return true;
  const paths = item.to === '/' ? (item.also ?? []) : [item.to, ...(item.also ?? [])];
  return paths.some((path) => matches(path, pathname));
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
            <li key={item.label} className="main-nav__item">
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
