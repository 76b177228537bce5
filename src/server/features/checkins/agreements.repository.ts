/** The couple's agreements and their reviews: Kysely queries only. */
import type { Db } from '../../db/database';
import type { CheckinAgreementReviewsTable } from '../../db/types';

type Outcome = CheckinAgreementReviewsTable['outcome'];

export interface AgreementRow {
  id: string;
  checkin_id: string;
  text: string;
  made_day: string;
}

export interface ReviewRow {
  agreement_id: string;
  checkin_id: string;
  outcome: Outcome;
  day: string;
}

/** The couple's agreements, oldest first, with the day of the check-in each was made in. */
export async function listAgreements(db: Db, coupleId: string): Promise<AgreementRow[]> {
  return db
    .selectFrom('checkin_agreements as a')
    .innerJoin('checkins as c', 'c.id', 'a.checkin_id')
    .select(['a.id', 'a.checkin_id', 'a.text', 'c.day as made_day'])
    .where('a.couple_id', '=', coupleId)
    .orderBy('c.day')
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
}

/** Every review of the couple's agreements, with the day of the check-in it was given in. */
export async function listReviews(db: Db, coupleId: string): Promise<ReviewRow[]> {
  return db
    .selectFrom('checkin_agreement_reviews as r')
    .innerJoin('checkin_agreements as a', 'a.id', 'r.agreement_id')
    .innerJoin('checkins as c', 'c.id', 'r.checkin_id')
    .select(['r.agreement_id', 'r.checkin_id', 'r.outcome', 'c.day'])
    .where('a.couple_id', '=', coupleId)
    .execute();
}

export async function insertAgreement(
  db: Db,
  row: {
    id: string;
    coupleId: string;
    checkinId: string;
    authorId: string;
    text: string;
    position: number;
    nowIso: string;
  },
): Promise<void> {
  await db
    .insertInto('checkin_agreements')
    .values({
      id: row.id,
      couple_id: row.coupleId,
      checkin_id: row.checkinId,
      author_id: row.authorId,
      text: row.text,
      position: row.position,
      created_at: row.nowIso,
    })
    .execute();
}

/** The next place among a check-in's agreements (call it holding the check-in's lock). */
export async function nextAgreementPosition(db: Db, checkinId: string): Promise<number> {
  const row = await db
    .selectFrom('checkin_agreements')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('checkin_id', '=', checkinId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** One of the couple's agreements; another couple's is the same as one that does not exist. */
export async function findAgreementOfCouple(
  db: Db,
  coupleId: string,
  agreementId: string,
): Promise<{ id: string; checkin_id: string } | undefined> {
  return db
    .selectFrom('checkin_agreements')
    .select(['id', 'checkin_id'])
    .where('id', '=', agreementId)
    .where('couple_id', '=', coupleId)
    .executeTakeFirst();
}

export async function deleteAgreement(
  db: Db,
  coupleId: string,
  agreementId: string,
): Promise<void> {
  await db
    .deleteFrom('checkin_agreements')
    .where('id', '=', agreementId)
    .where('couple_id', '=', coupleId)
    .execute();
}

export async function upsertReview(
  db: Db,
  row: { agreementId: string; checkinId: string; outcome: Outcome },
): Promise<void> {
  await db
    .insertInto('checkin_agreement_reviews')
    .values({ agreement_id: row.agreementId, checkin_id: row.checkinId, outcome: row.outcome })
    .onConflict((oc) =>
      oc.columns(['agreement_id', 'checkin_id']).doUpdateSet({ outcome: row.outcome }),
    )
    .execute();
}
