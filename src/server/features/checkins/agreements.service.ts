/**
 * Agreements: shared items of the couple, made in a check-in and reviewed in
 * the next ones (kept, partly, not yet) until kept. They belong to the
 * couple: after an unlink neither partner, nor anyone's next partner, sees them.
 */
import type { Agreements, CheckinState, ReviewOutcomeName } from '../../../shared/checkins-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/tokens';
import type { ServiceDeps } from '../deps';
import {
  deleteAgreement,
  findAgreementOfCouple,
  insertAgreement,
  listAgreements,
  listReviews,
  nextAgreementPosition,
  upsertReview,
} from './agreements.repository';
import { presentAgreements, presentReview } from './checkins.present';
import { lockCheckin } from './checkins.repository';
import { announceChange } from './checkins.service';
import { getCheckinState, requireCurrent } from './checkins.state';

type Deps = Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'bus'>;

/** Adds an agreement to this week's check-in. */
export async function addAgreement(
  deps: Deps,
  auth: AuthContext,
  text: string,
): Promise<CheckinState> {
  const { couple, row } = await requireCurrent(deps, auth);
  await deps.db.transaction().execute(async (trx) => {
    // Two added at once still get a place each.
    await lockCheckin(trx, deps.dialect, row.id);
    await insertAgreement(trx, {
      id: newId(),
      coupleId: couple.id,
      checkinId: row.id,
      authorId: auth.user.id,
      text,
      position: await nextAgreementPosition(trx, row.id),
      nowIso: deps.clock.now().toISOString(),
    });
  });
  await announceChange(deps, couple, row.id);
  return getCheckinState(deps, auth);
}

/** Says how an agreement from an earlier check-in went; only one that is back for review now. */
export async function reviewAgreement(
  deps: Deps,
  auth: AuthContext,
  agreementId: string,
  outcome: ReviewOutcomeName,
): Promise<CheckinState> {
  const { couple, row } = await requireCurrent(deps, auth);
  const [agreements, reviews] = await Promise.all([
    listAgreements(deps.db, couple.id),
    listReviews(deps.db, couple.id),
  ]);
  const due = presentReview(agreements, reviews, row.day).some((item) => item.id === agreementId);
  if (!due) throw notFound();
  await upsertReview(deps.db, { agreementId, checkinId: row.id, outcome });
  await announceChange(deps, couple, row.id);
  return getCheckinState(deps, auth);
}

/** Takes back an agreement made in this week's check-in (a slip of the keyboard, say). */
export async function removeAgreement(
  deps: Deps,
  auth: AuthContext,
  agreementId: string,
): Promise<CheckinState> {
  const { couple, row } = await requireCurrent(deps, auth);
  const found = await findAgreementOfCouple(deps.db, couple.id, agreementId);
  if (!found || found.checkin_id !== row.id) throw notFound();
  await deleteAgreement(deps.db, couple.id, agreementId);
  await announceChange(deps, couple, row.id);
  return getCheckinState(deps, auth);
}

/** The couple's agreements, newest first; none when not in a couple. */
export async function getAgreements(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
): Promise<Agreements> {
  if (!auth.couple) return { agreements: [] };
  const [agreements, reviews] = await Promise.all([
    listAgreements(deps.db, auth.couple.id),
    listReviews(deps.db, auth.couple.id),
  ]);
  return { agreements: presentAgreements(agreements, reviews).reverse() };
}
