/**
 * The couple's check-in day and time. One partner proposes; it becomes the
 * schedule only when the other accepts. The proposer can withdraw it and the
 * other can decline it. The schedule row is locked while it changes.
 */

import { localDay } from '../../../core/calendar';
import { currentCheckin } from '../../../core/checkin';
import type { CheckinState, ProposalBody } from '../../../shared/checkins-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import { requireCouple } from '../couple/couple.service';
import type { ServiceDeps } from '../deps';
import { agreedSchedule, presentProposal } from './checkins.present';
import {
  findCheckinMarks,
  findCheckinOnDay,
  lockSchedule,
  moveWaitingCheckin,
  updateSchedule,
} from './checkins.repository';
import { announceChange } from './checkins.service';
import { getCheckinState } from './checkins.state';

const NO_PROPOSAL = { proposed_by: null, proposed_weekday: null, proposed_time: null } as const;

/**
 * Proposes a day and time. A proposal of the schedule already agreed simply
 * takes any open proposal back; a new one replaces an open one (mine or my
 * partner's), and now waits for my partner.
 */
export async function proposeSchedule(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'bus'>,
  auth: AuthContext,
  body: ProposalBody,
): Promise<CheckinState> {
  const couple = requireCouple(auth);
  const nowIso = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockSchedule(trx, deps.dialect, couple.id, nowIso);
    const agreed = agreedSchedule(row);
    const same = agreed?.weekday === body.weekday && agreed.time === body.time;
    await updateSchedule(
      trx,
      couple.id,
      same
        ? { ...NO_PROPOSAL, updated_at: nowIso }
        : {
            proposed_by: auth.user.id,
            proposed_weekday: body.weekday,
            proposed_time: body.time,
            updated_at: nowIso,
          },
    );
  });
  await announceChange(deps, couple, null);
  return getCheckinState(deps, auth);
}

/**
 * Accepts my partner's proposal: it becomes our schedule. A check-in of this
 * week that has not begun moves to the new day, with what each of us prepared.
 */
export async function acceptProposal(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'bus'>,
  auth: AuthContext,
): Promise<CheckinState> {
  const couple = requireCouple(auth);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockSchedule(trx, deps.dialect, couple.id, nowIso);
    const proposal = presentProposal(row, auth.user.id);
    // Only my partner's proposal is mine to accept.
    if (!proposal || proposal.byMe) throw notFound();
    const before = agreedSchedule(row);
    await updateSchedule(trx, couple.id, {
      weekday: proposal.weekday,
      local_time: proposal.time,
      ...NO_PROPOSAL,
      updated_at: nowIso,
    });
    if (!before) return;
    const marks = await findCheckinMarks(trx, couple.id, localDay(now, couple.timeZone));
    const base = { timeZone: couple.timeZone, now, ...marks };
    const from = currentCheckin({ ...base, schedule: before }).day;
    const to = currentCheckin({
      ...base,
      schedule: { weekday: proposal.weekday as typeof before.weekday, time: proposal.time },
    }).day;
    if (from !== to && !(await findCheckinOnDay(trx, couple.id, to))) {
      await moveWaitingCheckin(trx, { coupleId: couple.id, from, to });
    }
  });
  await announceChange(deps, couple, null);
  return getCheckinState(deps, auth);
}

/** Takes an open proposal back (mine) or declines it (my partner's); the schedule stays. */
export async function clearProposal(
  deps: Pick<ServiceDeps, 'db' | 'dialect' | 'clock' | 'bus'>,
  auth: AuthContext,
): Promise<CheckinState> {
  const couple = requireCouple(auth);
  const nowIso = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockSchedule(trx, deps.dialect, couple.id, nowIso);
    if (!presentProposal(row, auth.user.id)) throw notFound();
    await updateSchedule(trx, couple.id, { ...NO_PROPOSAL, updated_at: nowIso });
  });
  await announceChange(deps, couple, null);
  return getCheckinState(deps, auth);
}
