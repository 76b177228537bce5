/** Private marks, own travel wishes and trip plans: Kysely queries only. */
import { MATCHING_PICKS, type Pick } from '../../../core/mutual-match';
import type { Db } from '../../db/database';
import type { TravelWishesTable, TripChecklistItemsTable, TripPlansTable } from '../../db/types';

export type Topic = 'hobby' | 'travel';
export type TravelWishRow = TravelWishesTable;
export type TripPlanRow = TripPlansTable;
export type ChecklistItemRow = TripChecklistItemsTable;

// ---------------------------------------------------------------- marks

/** My own marks on a topic, in one scope. */
export async function listMyPicks(
  db: Db,
  input: { userId: string; scope: string; topic: Topic },
): Promise<Map<string, Pick>> {
  const rows = await db
    .selectFrom('interest_picks')
    .select(['item_id', 'pick'])
    .where('user_id', '=', input.userId)
    .where('scope', '=', input.scope)
    .where('topic', '=', input.topic)
    .execute();
  return new Map(rows.map((r) => [r.item_id, r.pick]));
}

/**
 * My partner's marks that can make a match (yes or maybe) in our couple's
 * scope: their "no" is never read, so it cannot shape anything, exactly like
 * no mark at all. `itemId` narrows it to one item.
 */
export async function listPartnerMatchingPicks(
  db: Db,
  input: { partnerId: string; scope: string; topic: Topic; itemId?: string },
): Promise<Map<string, Pick>> {
  const rows = await db
    .selectFrom('interest_picks')
    .select(['item_id', 'pick'])
    .where('user_id', '=', input.partnerId)
    .where('scope', '=', input.scope)
    .where('topic', '=', input.topic)
    .where('pick', 'in', MATCHING_PICKS)
    .$if(input.itemId !== undefined, (q) => q.where('item_id', '=', input.itemId ?? ''))
    .execute();
  return new Map(rows.map((r) => [r.item_id, r.pick]));
}

export async function findMyPick(
  db: Db,
  input: { userId: string; scope: string; topic: Topic; itemId: string },
): Promise<Pick | null> {
  const row = await db
    .selectFrom('interest_picks')
    .select('pick')
    .where('user_id', '=', input.userId)
    .where('scope', '=', input.scope)
    .where('topic', '=', input.topic)
    .where('item_id', '=', input.itemId)
    .executeTakeFirst();
  return row?.pick ?? null;
}

export async function upsertPick(
  db: Db,
  row: {
    userId: string;
    scope: string;
    coupleId: string | null;
    topic: Topic;
    itemId: string;
    pick: Pick;
    nowIso: string;
  },
): Promise<void> {
  await db
    .insertInto('interest_picks')
    .values({
      user_id: row.userId,
      scope: row.scope,
      couple_id: row.coupleId,
      topic: row.topic,
      item_id: row.itemId,
      pick: row.pick,
      updated_at: row.nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'scope', 'topic', 'item_id'])
        .doUpdateSet({ pick: row.pick, updated_at: row.nowIso }),
    )
    .execute();
}

/** Every mark on one item of a scope (when an own wish is removed). */
export async function deletePicksOfItem(
  db: Db,
  input: { scope: string; topic: Topic; itemId: string },
): Promise<void> {
  await db
    .deleteFrom('interest_picks')
    .where('scope', '=', input.scope)
    .where('topic', '=', input.topic)
    .where('item_id', '=', input.itemId)
    .execute();
}

// ---------------------------------------------------------------- own travel wishes

export async function listWishes(db: Db, scope: string): Promise<TravelWishRow[]> {
  return db
    .selectFrom('travel_wishes')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findWish(
  db: Db,
  scope: string,
  wishId: string,
): Promise<TravelWishRow | undefined> {
  return db
    .selectFrom('travel_wishes')
    .selectAll()
    .where('scope', '=', scope)
    .where('id', '=', wishId)
    .executeTakeFirst();
}

export async function countWishes(db: Db, scope: string): Promise<number> {
  const row = await db
    .selectFrom('travel_wishes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('scope', '=', scope)
    .executeTakeFirst();
  // PostgreSQL returns counts as strings.
  return Number(row?.n ?? 0);
}

export async function insertWish(db: Db, row: TravelWishRow): Promise<void> {
  await db.insertInto('travel_wishes').values(row).execute();
}

/** Removes an own wish of its author; false when there is none of theirs by that id. */
export async function deleteWishOf(
  db: Db,
  input: { scope: string; wishId: string; authorId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('travel_wishes')
    .where('scope', '=', input.scope)
    .where('id', '=', input.wishId)
    .where('author_id', '=', input.authorId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---------------------------------------------------------------- trip plans

export async function findPlan(
  db: Db,
  coupleId: string,
  ideaId: string,
): Promise<TripPlanRow | undefined> {
  return db
    .selectFrom('trip_plans')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .where('idea_id', '=', ideaId)
    .executeTakeFirst();
}

/** Creates the couple's plan for an idea if there is none yet (a second request finds the first's). */
export async function ensurePlan(
  db: Db,
  row: { id: string; coupleId: string; ideaId: string; nowIso: string },
): Promise<TripPlanRow> {
  await db
    .insertInto('trip_plans')
    .values({
      id: row.id,
      couple_id: row.coupleId,
      idea_id: row.ideaId,
      timing: null,
      budget: null,
      created_at: row.nowIso,
      updated_at: row.nowIso,
    })
    .onConflict((oc) => oc.columns(['couple_id', 'idea_id']).doNothing())
    .execute();
  const plan = await findPlan(db, row.coupleId, row.ideaId);
  if (!plan) throw new Error('The trip plan was not stored');
  return plan;
}

/** The couple's plan for an idea, with its checklist (when an own idea is removed). */
export async function deletePlanOfIdea(db: Db, coupleId: string, ideaId: string): Promise<void> {
  await db
    .deleteFrom('trip_plans')
    .where('couple_id', '=', coupleId)
    .where('idea_id', '=', ideaId)
    .execute();
}

export async function updatePlan(
  db: Db,
  planId: string,
  change: { timing: string | null; budget: TripPlanRow['budget']; nowIso: string },
): Promise<void> {
  await db
    .updateTable('trip_plans')
    .set({ timing: change.timing, budget: change.budget, updated_at: change.nowIso })
    .where('id', '=', planId)
    .execute();
}

/** The couple's plans for these ideas, with how many checklist items each has and how many are done. */
export async function listPlanSummaries(
  db: Db,
  coupleId: string,
  ideaIds: readonly string[],
): Promise<
  {
    idea_id: string;
    timing: string | null;
    budget: TripPlanRow['budget'];
    items: number;
    done: number;
  }[]
> {
  if (ideaIds.length === 0) return [];
  const rows = await db
    .selectFrom('trip_plans as p')
    .leftJoin('trip_checklist_items as i', 'i.plan_id', 'p.id')
    .select((eb) => [
      'p.idea_id',
      'p.timing',
      'p.budget',
      eb.fn.count('i.id').as('items'),
      eb.fn.count('i.done_at').as('done'),
    ])
    .where('p.couple_id', '=', coupleId)
    .where('p.idea_id', 'in', ideaIds)
    .groupBy(['p.id', 'p.idea_id', 'p.timing', 'p.budget'])
    .execute();
  return rows.map((r) => ({ ...r, items: Number(r.items), done: Number(r.done) }));
}

export async function listChecklist(db: Db, planId: string): Promise<ChecklistItemRow[]> {
  return db
    .selectFrom('trip_checklist_items')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function countChecklist(db: Db, planId: string): Promise<number> {
  const row = await db
    .selectFrom('trip_checklist_items')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertChecklistItem(db: Db, row: ChecklistItemRow): Promise<void> {
  await db.insertInto('trip_checklist_items').values(row).execute();
}

/** Ticks or unticks an item of a plan; false when the plan has no such item. */
export async function setChecklistItemDone(
  db: Db,
  input: { planId: string; itemId: string; doneBy: string | null; nowIso: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('trip_checklist_items')
    .set({ done_by: input.doneBy, done_at: input.nowIso })
    .where('plan_id', '=', input.planId)
    .where('id', '=', input.itemId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteChecklistItem(
  db: Db,
  input: { planId: string; itemId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('trip_checklist_items')
    .where('plan_id', '=', input.planId)
    .where('id', '=', input.itemId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
