/** The track-1 primer: short cards, a private reflection on each, and a "done" mark. */
import type { Primer } from '../../../shared/program-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { findMilestone, recordMilestone } from '../../tables/milestones';
import type { ServiceDeps } from '../deps';
import { listPrimerProgress, upsertPrimerProgress } from './primer.repository';

export const PRIMER_DONE = 'primer-done';

/** The cards with my own progress and reflections (private: only ever mine). */
export async function getPrimer(
  deps: Pick<ServiceDeps, 'db' | 'catalog'>,
  auth: AuthContext,
): Promise<Primer> {
  const [progress, doneAt] = await Promise.all([
    listPrimerProgress(deps.db, auth.user.id),
    findMilestone(deps.db, auth.user.id, PRIMER_DONE),
  ]);
  const byCard = new Map(progress.map((p) => [p.card_id, p.reflection]));
  return {
    done: doneAt !== undefined,
    cards: deps.catalog.primerCards.map((card) => ({
      id: card.id,
      order: card.order,
      title: card.title,
      body: card.body,
      examples: card.examples,
      reflection: card.reflection,
      kinds: card.kinds,
      seen: byCard.has(card.id),
      myReflection: byCard.get(card.id) ?? null,
    })),
  };
}

/** Marks a card seen, and keeps (or clears, with null) my reflection on it. */
export async function saveCardProgress(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
  cardId: string,
  reflection: string | null | undefined,
): Promise<Primer> {
  if (!deps.catalog.primerCards.some((c) => c.id === cardId)) throw notFound();
  const text =
    reflection === undefined
      ? undefined
      : reflection === null || reflection === ''
        ? null
        : reflection;
  await upsertPrimerProgress(deps.db, {
    userId: auth.user.id,
    cardId,
    reflection: text,
    nowIso: deps.clock.now().toISOString(),
  });
  return getPrimer(deps, auth);
}

export async function completePrimer(
  deps: Pick<ServiceDeps, 'db' | 'catalog' | 'clock'>,
  auth: AuthContext,
): Promise<Primer> {
  await recordMilestone(deps.db, auth.user.id, PRIMER_DONE, deps.clock.now().toISOString());
  return getPrimer(deps, auth);
}
