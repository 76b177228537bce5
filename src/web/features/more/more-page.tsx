import type { ComponentType } from 'react';
import { Link } from 'react-router';
import {
  ChevronIcon,
  LockIcon,
  PartnerIcon,
  SettingsIcon,
  ShieldIcon,
} from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { type MessageKey, t } from '../../i18n';
import { BookIcon, CompassIcon, LeafIcon } from './more-icons';

type MoreLink = { to: string; label: MessageKey; hint: MessageKey; Icon: ComponentType };

const LINKS: readonly MoreLink[] = [
  { to: '/partner', label: 'more.partner', hint: 'more.partnerHint', Icon: PartnerIcon },
  { to: '/understand', label: 'more.understand', hint: 'more.understandHint', Icon: BookIcon },
  { to: '/check', label: 'more.check', hint: 'more.checkHint', Icon: CompassIcon },
  { to: '/for-you', label: 'more.forYou', hint: 'more.forYouHint', Icon: LeafIcon },
  { to: '/settings', label: 'more.settings', hint: 'more.settingsHint', Icon: SettingsIcon },
  { to: '/privacy', label: 'more.privacy', hint: 'more.privacyHint', Icon: ShieldIcon },
];

/** Everything that is not in the bar: a plain list of places, one tap each. */
export default function MorePage() {
  return (
    <div className="page">
      <PageHeading title={t('titles.more')}>{t('more.title')}</PageHeading>
      <ul className="link-list">
        {LINKS.map(({ to, label, hint, Icon }) => (
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
      <p className="status-line more__note">
        <LockIcon />
        {t('more.note')}
      </p>
    </div>
  );
}
