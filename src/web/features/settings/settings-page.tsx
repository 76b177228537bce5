import { Link } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { errorText } from '../../data/error-text';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { useLogout } from '../auth/auth-api';
import { ExportSection } from '../export/export-section';
import { NotificationsSection } from '../notifications/notifications-section';
import { DeleteAccountSection } from './delete-account-section';
import { PasswordSection } from './password-section';
import { ProfileSection } from './profile-section';
import { SessionsSection } from './sessions-section';
import { TimeZoneSection } from './time-zone-section';

function PartnerSection() {
  const me = useCurrentMe();
  return (
    <section className="card" aria-labelledby="partner-heading">
      <h2 id="partner-heading" className="card__title">
        {t('settings.partnerHeading')}
      </h2>
      <p>
        {me.couple
          ? t('settings.partnerLinked', { partner: me.couple.partnerName })
          : t('settings.partnerSolo')}
      </p>
      <Link to="/partner" className="button button--secondary">
        {t('settings.partnerLink')}
      </Link>
    </section>
  );
}

function PrivacySection() {
  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading" className="card__title">
        {t('settings.privacyHeading')}
      </h2>
      <p>{t('settings.privacyBody')}</p>
      <Link to="/privacy" className="button button--secondary">
        {t('settings.privacyLink')}
      </Link>
    </section>
  );
}

function LogoutSection() {
  const logout = useLogout();
  return (
    <section className="card" aria-labelledby="logout-heading">
      <h2 id="logout-heading" className="card__title">
        {t('settings.logoutHeading')}
      </h2>
      {logout.isError && <Notice tone="error">{errorText(logout.error)}</Notice>}
      <BusyButton
        className="button button--secondary"
        isBusy={logout.isPending}
        onPress={() => logout.mutate()}
      >
        {t('settings.logout')}
      </BusyButton>
    </section>
  );
}

/** "More": profile, time zones, reminders, partner, privacy, devices, password, log out, delete. */
export default function SettingsPage() {
  return (
    <div className="page">
      <PageHeading title={t('titles.settings')}>{t('settings.title')}</PageHeading>
      <ProfileSection />
      <PartnerSection />
      <TimeZoneSection />
      <NotificationsSection />
      <PrivacySection />
      <SessionsSection />
      <PasswordSection />
      <ExportSection />
      <LogoutSection />
      <DeleteAccountSection />
    </div>
  );
}
