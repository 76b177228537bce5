import type { TodayItem } from '../../../shared/program-api';
import { WhoSees } from '../../components/who-sees';
import { useCurrentMe } from '../../data/me';
import { type SharedTopic, useShareLabel } from '../check/sharing-state';

/** The results a Today item leads to, when a partner could be shown them: the check's or the pulse's. */
export function sharedTopicOf(item: TodayItem): SharedTopic | null {
  switch (item.kind) {
    case 'check':
    case 'recheck':
      return 'check';
    case 'pulse':
      // Weekly ratings reach a partner only through progress sharing.
      return 'progress';
    default:
      return null;
  }
}

type Props = { topic: SharedTopic; brief: boolean };

/** Linked: the label from both partners' opt-ins, as the server keeps them. */
function LinkedWhoSees({ topic, brief }: Props) {
  const { label, partnerName } = useShareLabel(topic);
  // Nothing is promised before it is known (marked as still loading, so the page reads as not ready).
  if (!label) return <span className="skeleton" aria-hidden="true" />;
  return (
    <WhoSees
      visibility={label.visibility}
      partnerName={partnerName}
      detail={brief ? null : label.detail}
    />
  );
}

/**
 * Who will see the results of the check or the pulse, on Today's card: the
 * same state the check and the pulse screens show (GET /api/sharing/mutual),
 * so Today never says "only you" once both partners chose to share. Someone
 * alone has nobody to share with: no request is needed to say so.
 */
export function TodayWhoSees({ topic, brief = false }: { topic: SharedTopic; brief?: boolean }) {
  const me = useCurrentMe();
  if (me.couple === null) return <WhoSees visibility="private" partnerName={null} />;
  return <LinkedWhoSees topic={topic} brief={brief} />;
}
