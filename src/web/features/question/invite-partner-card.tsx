import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { t } from '../../i18n';

/** The gentle nudge for someone using Rekindle on their own. */
export function InvitePartnerCard() {
  return (
    <EmptyState
      title={t('invite.title')}
      body={t('invite.body')}
      action={
        <Link to="/partner" className="button button--secondary">
          {t('invite.action')}
        </Link>
      }
    />
  );
}
