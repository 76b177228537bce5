import '../../styles/segmented.css';
import './question.css';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { InvitePartnerCard } from './invite-partner-card';
import { useQuestion } from './question-api';
import { QuestionCard } from './question-card';

/** The daily question (moved from "/"; headings and labels unchanged), and for solo users one gentle invitation. */
export default function QuestionPage() {
  const me = useCurrentMe();
  const today = useQuestion();

  return (
    <div className="page">
      <PageHeading title={t('titles.question')}>{t('today.questionPageTitle')}</PageHeading>
      <p className="page__lead">{t('today.greeting', { name: me.user.displayName })}</p>
      {today.isPending ? (
        <Skeleton lines={5} />
      ) : today.isError ? (
        <LoadFailed
          lead={t('today.loadFailed')}
          error={today.error}
          retry={() => void today.refetch()}
        />
      ) : (
        <QuestionCard key={`${today.data.day}-${today.data.question.id}`} today={today.data} />
      )}
      {!me.couple && <InvitePartnerCard />}
    </div>
  );
}
