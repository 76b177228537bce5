/**
 * Past check-ins, per person: my own notes stay mine (also from a couple that
 * has ended); the agreements are ours, shown only while we are still a couple.
 * My partner's notes are not kept on view: they were for the moment.
 */
import type { CheckinHistory, CheckinHistoryEntry } from '../../../shared/checkins-api';
import type { AuthContext } from '../../lib/auth-context';
import type { ServiceDeps } from '../deps';
import { listAgreements, listReviews } from './agreements.repository';
import { agreedSchedule, presentAgreements } from './checkins.present';
import {
  findCheckinOnDay,
  findSchedule,
  listHistoryCheckins,
  listMyPreps,
} from './checkins.repository';
import { whichCheckin } from './checkins.state';

export async function getCheckinHistory(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  auth: AuthContext,
  page: { before: string | undefined; limit: number },
): Promise<CheckinHistory> {
  const couple = auth.couple;
  let currentId: string | null = null;
  if (couple) {
    const schedule = agreedSchedule(await findSchedule(deps.db, couple.id));
    if (schedule) {
      const current = await whichCheckin(deps, couple, schedule);
      currentId = (await findCheckinOnDay(deps.db, couple.id, current.day))?.id ?? null;
    }
  }
  const rows = await listHistoryCheckins(deps.db, {
    userId: auth.user.id,
    coupleId: couple?.id ?? null,
    before: page.before ?? '9999-12-31',
    limit: page.limit + 1,
    exceptId: currentId,
  });
  const pageRows = rows.slice(0, page.limit);
  const [preps, agreements, reviews] = await Promise.all([
    listMyPreps(
      deps.db,
      auth.user.id,
      pageRows.map((r) => r.id),
    ),
    couple ? listAgreements(deps.db, couple.id) : Promise.resolve([]),
    couple ? listReviews(deps.db, couple.id) : Promise.resolve([]),
  ]);
  const views = presentAgreements(agreements, reviews);
  const entries = pageRows.map((row): CheckinHistoryEntry => {
    const mine = preps.find((p) => p.checkin_id === row.id);
    const ours = couple !== null && row.couple_id === couple.id;
    const made = new Set(agreements.filter((a) => a.checkin_id === row.id).map((a) => a.id));
    return {
      id: row.id,
      day: row.day,
      held: row.step !== 'waiting',
      mine: mine
        ? {
            appreciation: mine.appreciation,
            success: mine.success,
            concern: mine.concern,
            concernPrivate: mine.concern_private === 1,
            goals: mine.goals,
          }
        : null,
      agreements: ours ? views.filter((a) => made.has(a.id)) : [],
      reviews: ours
        ? reviews
            .filter((r) => r.checkin_id === row.id)
            .flatMap((r) => {
              const text = agreements.find((a) => a.id === r.agreement_id)?.text;
              return text === undefined ? [] : [{ id: r.agreement_id, text, outcome: r.outcome }];
            })
        : [],
    };
  });
  const last = pageRows.at(-1);
  return { entries, nextBefore: rows.length > page.limit && last ? last.day : null };
}
