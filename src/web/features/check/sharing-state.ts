/**
 * Who sees my check results and my progress, from the same state the server
 * enforces: a partner sees them only while both of us opt in (GET
 * /api/sharing/mutual), so the label never promises more privacy than the
 * server keeps, nor less.
 */
import { useQuery } from '@tanstack/react-query';
import type { Sharing } from '../../../shared/program-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';
import { useCurrentMe } from '../../data/me';
import { useSharing } from '../../data/sharing';
import { t } from '../../i18n';

/** What a label speaks about: my check results, or my progress (weekly ratings and check scores). */
export type SharedTopic = 'check' | 'progress';

export type ShareLabel = { visibility: 'private' | 'shared'; detail: string | null };

type SharingFacts = {
  partnerName: string | null;
  /** My own opt-ins; undefined while loading. */
  mine: Sharing | undefined;
  /** Both partners' opt-ins (true only when both); undefined while loading. */
  mutual: Sharing | undefined;
  /** The mutual state could not be read. */
  mutualFailed?: boolean;
};

/**
 * The label for a topic, or null while it cannot be told yet. Check results
 * reach a partner through the comparison (check sharing) and through their
 * Progress page (progress sharing); weekly ratings only through the latter.
 */
export function shareLabel(topic: SharedTopic, facts: SharingFacts): ShareLabel | null {
  const partner = facts.partnerName;
  if (partner === null) return { visibility: 'private', detail: null };
  if (!facts.mine) return null;
  const mineOn = topic === 'check' ? facts.mine.check || facts.mine.progress : facts.mine.progress;
  // Without my own opt-in nothing is mutual: certain without asking.
  if (!mineOn) return { visibility: 'private', detail: null };
  if (!facts.mutual) {
    return facts.mutualFailed
      ? { visibility: 'shared', detail: t(`${topicKey(topic)}.seenUnsure`, { partner }) }
      : null;
  }
  if (topic === 'check' && facts.mutual.check) {
    return { visibility: 'shared', detail: t('results.seenBoth', { partner }) };
  }
  if (facts.mutual.progress) {
    return {
      visibility: 'shared',
      detail: t(topic === 'check' ? 'results.seenOnProgress' : 'progress.seenBoth', { partner }),
    };
  }
  return { visibility: 'private', detail: t(`${topicKey(topic)}.seenIfBoth`, { partner }) };
}

function topicKey(topic: SharedTopic): 'results' | 'progress' {
  return topic === 'check' ? 'results' : 'progress';
}

/** Both partners' opt-ins, asked again whenever my own change (they are part of the key). */
export function useMutualSharing() {
  const me = useCurrentMe();
  const mine = useSharing();
  return useQuery({
    queryKey: [...queryKeys.sharing, 'mutual', mine.data?.check, mine.data?.progress],
    enabled: me.couple !== null && mine.isSuccess,
    queryFn: () => api.get<Sharing>('/api/sharing/mutual'),
  });
}

/** The label for my check results or my progress, with my partner's name; null while loading. */
export function useShareLabel(topic: SharedTopic): {
  label: ShareLabel | null;
  partnerName: string | null;
} {
  const me = useCurrentMe();
  const mine = useSharing();
  const mutual = useMutualSharing();
  const partnerName = me.couple?.partnerName ?? null;
  return {
    partnerName,
    label: shareLabel(topic, {
      partnerName,
      // Unreadable opt-ins are taken as on: the label then says "only if you both chose to share".
      mine: mine.data ?? (mine.isError ? { check: true, progress: true } : undefined),
      mutual: mutual.data,
      mutualFailed: mutual.isError || mine.isError,
    }),
  };
}
