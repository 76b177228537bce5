import { WhoSees } from '../../components/who-sees';
import { type SharedTopic, useShareLabel } from './sharing-state';

/**
 * "Who sees this" for my check results or my progress, from the real sharing
 * state. Until that is known, an empty line keeps the place (nothing is
 * promised before it is true).
 */
export function SharedWhoSees({ topic }: { topic: SharedTopic }) {
  const { label, partnerName } = useShareLabel(topic);
  if (!label) return <p className="who-sees who-sees--pending" aria-hidden="true" />;
  return <WhoSees visibility={label.visibility} partnerName={partnerName} detail={label.detail} />;
}
