import type { SessionInfo } from '../../../shared/api';
import { BusyButton } from '../../components/busy-button';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formatDateTime } from '../../lib/format';
import { useEndOtherSessions, useEndSession, useSessions } from './settings-api';

function SessionRow({ session }: { session: SessionInfo }) {
  const end = useEndSession();
  return (
    <li className="session">
      <div className="session__info">
        <p className="session__device">
          {session.device}
          {session.current && <span className="tag">{t('settings.thisDevice')}</span>}
        </p>
        <p className="field__hint">
          {t('settings.signedIn', { date: formatDateTime(session.createdAt) })}
          <br />
          {t('settings.lastUsed', { date: formatDateTime(session.lastUsedAt) })}
        </p>
        {end.isError && <Notice tone="error">{errorText(end.error)}</Notice>}
      </div>
      {!session.current && (
        <BusyButton
          className="button button--secondary button--small"
          aria-label={t('settings.endSessionLabel', { device: session.device })}
          isBusy={end.isPending}
          onPress={() =>
            end.mutate(session.id, { onSuccess: () => announce(t('settings.sessionEnded')) })
          }
        >
          {t('settings.endSession')}
        </BusyButton>
      )}
    </li>
  );
}

/** Where I'm logged in, with "end" per device and "log out everywhere else". */
export function SessionsSection() {
  const sessions = useSessions();
  const endOthers = useEndOtherSessions();
  const others = sessions.data?.filter((session) => !session.current).length ?? 0;

  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="card__title">
        {t('settings.sessionsHeading')}
      </h2>
      {sessions.isPending && <Skeleton lines={2} card={false} />}
      {sessions.isError && <Notice tone="error">{errorText(sessions.error)}</Notice>}
      {sessions.data && (
        <ul className="session-list">
          {sessions.data.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
      {endOthers.isError && <Notice tone="error">{errorText(endOthers.error)}</Notice>}
      {others > 0 && (
        <BusyButton
          className="button button--secondary"
          isBusy={endOthers.isPending}
          onPress={() =>
            endOthers.mutate(undefined, { onSuccess: () => announce(t('settings.othersEnded')) })
          }
        >
          {t('settings.endOthers')}
        </BusyButton>
      )}
    </section>
  );
}
