import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { isSsoFailure, SSO_START_PATH, type SsoSettings } from '../../../shared/sso-api';
import { Notice } from '../../components/notice';
import { api } from '../../data/client';
import { t } from '../../i18n';
import { browserTimeZone } from './auth-api';

const SETTINGS_KEY = ['sso-settings'] as const;

/** The browser's time zone goes along, for an account the sign-in creates. */
function startUrl(): string {
  const zone = browserTimeZone();
  return zone ? `${SSO_START_PATH}?timeZone=${encodeURIComponent(zone)}` : SSO_START_PATH;
}

/**
 * "Sign in with …" when the server offers single sign-on, and a word about a
 * sign-in that came back without success (`?sso=<reason>`). Nothing at all
 * when single sign-on is off.
 */
export function SsoSignIn() {
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => api.get<SsoSettings>('/api/auth/sso'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [params] = useSearchParams();
  const failure = params.get('sso');
  const sso = settings.data?.sso;
  if (!sso) return null;
  return (
    <div className="card form">
      {isSsoFailure(failure) && <Notice tone="error">{t(`sso.failure.${failure}`)}</Notice>}
      <a className="button button--secondary" href={startUrl()}>
        {t('sso.button', { name: sso.name })}
      </a>
      <p className="page__aside">{t('sso.or')}</p>
    </div>
  );
}
