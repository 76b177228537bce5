import './partner.css';
import { useIsMutating } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { PartnerIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { hasCode } from '../../data/client';
import { useMe } from '../../data/me';
import { t } from '../../i18n';
import { forgetInvite, rememberInvite } from '../auth/pending-invite';
import { JoinButton, JoinForm } from './join-form';
import { JOIN_KEY, useInvitePreview } from './partner-api';

function GuestActions() {
  return (
    <div className="actions actions--stack">
      <Link to="/signup" className="button button--primary">
        {t('join.signup')}
      </Link>
      <Link to="/login" className="button button--secondary">
        {t('join.login')}
      </Link>
    </div>
  );
}

/**
 * /join/:code — says who sent the invite before anything is accepted. Not
 * signed in: the code is kept through sign-up (which then links at once) or
 * log-in. Signed in: one press joins. A code that matches no invite (used,
 * expired, mistyped) is said plainly, with what to do next.
 */
export default function JoinPage() {
  const { code = '' } = useParams();
  const { data: me } = useMe();
  // While this tab's join is on its way, its own live event may say "linked" first:
  // the page stays as it is until the join's answer takes the person to Today.
  const joining = useIsMutating({ mutationKey: JOIN_KEY }) > 0;
  const linked = Boolean(me?.couple) && !joining;
  const preview = useInvitePreview(linked ? null : code);
  const noMatch = preview.isError && hasCode(preview.error, 'invalid_invite');

  useEffect(() => {
    if (linked || noMatch) forgetInvite();
    else if (!me && code) rememberInvite(code);
  }, [code, me, linked, noMatch]);

  if (linked && me?.couple) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t('titles.join')}>{t('join.alreadyTitle')}</PageHeading>
        <p className="page__lead">{t('join.alreadyBody', { partner: me.couple.partnerName })}</p>
        <Link to="/" className="button button--primary">
          {t('join.toToday')}
        </Link>
      </div>
    );
  }

  if (noMatch) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t('titles.join')}>{t('join.noMatchTitle')}</PageHeading>
        <p className="page__lead">{t('join.noMatchBody')}</p>
        {me ? (
          <>
            <p>{t('join.noMatchYours')}</p>
            <section className="card" aria-labelledby="other-code-heading">
              <h2 id="other-code-heading" className="card__title">
                {t('join.otherCode')}
              </h2>
              <JoinForm />
            </section>
            <Link to="/partner" className="button button--secondary">
              {t('join.ownInvite')}
            </Link>
          </>
        ) : (
          <>
            <p>{t('join.noMatchAlone')}</p>
            <GuestActions />
          </>
        )}
      </div>
    );
  }

  const inviter = preview.data?.inviterName ?? null;
  // A failed look-up that is not "no such invite" (offline, too many tries): say so, offer a retry.
  const failed = (
    <LoadFailed
      lead={t('join.previewFailed')}
      error={preview.error}
      retry={() => void preview.refetch()}
    />
  );

  if (!me) {
    return (
      <div className="page page--narrow">
        <PageHeading title={t('titles.join')}>
          {inviter ? t('join.invitedBy', { inviter }) : t('join.title')}
        </PageHeading>
        {preview.isPending ? (
          <Skeleton lines={2} card={false} />
        ) : (
          <>
            {preview.isError && failed}
            <div className="join-invite">
              <span className="join-invite__icon">
                <PartnerIcon />
              </span>
              <p className="page__lead">
                {inviter ? t('join.body', { inviter }) : t('join.bodyUnnamed')}
              </p>
            </div>
            <GuestActions />
          </>
        )}
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <PageHeading title={t('titles.join')}>{t('join.readyTitle')}</PageHeading>
      {preview.isPending ? (
        <Skeleton lines={2} />
      ) : inviter ? (
        <>
          <div className="join-invite">
            <span className="join-invite__icon">
              <PartnerIcon />
            </span>
            <p className="page__lead">{t('join.readyNamed', { inviter })}</p>
          </div>
          <JoinButton code={code} inviterName={inviter} />
        </>
      ) : (
        <>
          {failed}
          <p className="page__lead">{t('join.readyBody')}</p>
          <div className="card">
            <JoinForm initialCode={code} />
          </div>
        </>
      )}
    </div>
  );
}
