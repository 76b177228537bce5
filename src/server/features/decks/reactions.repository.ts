/** Reactions and "let's talk" marks on revealed answers: Kysely queries only. */
import type { Db } from '../../db/database';
import type { DeckReactionsTable } from '../../db/types';

export type ReactionRow = DeckReactionsTable;
export type SubjectKind = ReactionRow['subject_kind'];

export interface Subject {
  coupleId: string;
  kind: SubjectKind;
  id: string;
}

/** Both partners' marks on one revealed card or day (at most two rows). */
export async function listReactions(db: Db, subject: Subject): Promise<ReactionRow[]> {
  return db
    .selectFrom('deck_reactions')
    .selectAll()
    .where('couple_id', '=', subject.coupleId)
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .execute();
}

/** Sets one person's reaction or talk mark, keeping the other; a row with neither is removed. */
export async function saveReaction(
  db: Db,
  input: {
    subject: Subject;
    userId: string;
    change: { reaction: string | null } | { talkAt: string | null };
    nowIso: string;
  },
): Promise<void> {
  const { subject, userId, change, nowIso } = input;
  const current = await db
    .selectFrom('deck_reactions')
    .select(['reaction', 'talk_at'])
    .where('couple_id', '=', subject.coupleId)
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const reaction = 'reaction' in change ? change.reaction : (current?.reaction ?? null);
  const talkAt = 'talkAt' in change ? change.talkAt : (current?.talk_at ?? null);
  if (reaction === null && talkAt === null) {
    await deleteReactionOf(db, subject, userId);
    return;
  }
  await db
    .insertInto('deck_reactions')
    .values({
      couple_id: subject.coupleId,
      subject_kind: subject.kind,
      subject_id: subject.id,
      user_id: userId,
      reaction,
      talk_at: talkAt,
      updated_at: nowIso,
    })
    .onConflict((oc) =>
      oc
        .columns(['couple_id', 'subject_kind', 'subject_id', 'user_id'])
        .doUpdateSet({ reaction, talk_at: talkAt, updated_at: nowIso }),
    )
    .execute();
}

async function deleteReactionOf(db: Db, subject: Subject, userId: string): Promise<void> {
  await db
    .deleteFrom('deck_reactions')
    .where('couple_id', '=', subject.coupleId)
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .where('user_id', '=', userId)
    .execute();
}

/** "We talked about it": clears both partners' talk marks on one subject, keeping reactions. */
export async function clearTalk(db: Db, subject: Subject, nowIso: string): Promise<void> {
  await db
    .updateTable('deck_reactions')
    .set({ talk_at: null, updated_at: nowIso })
    .where('couple_id', '=', subject.coupleId)
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .execute();
  await db
    .deleteFrom('deck_reactions')
    .where('couple_id', '=', subject.coupleId)
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .where('reaction', 'is', null)
    .where('talk_at', 'is', null)
    .execute();
}

/** The couple's talk marks, newest first, for at most `limit` subjects. */
export async function listTalkMarks(
  db: Db,
  coupleId: string,
  limit: number,
): Promise<Pick<ReactionRow, 'subject_kind' | 'subject_id' | 'user_id'>[]> {
  return db
    .selectFrom('deck_reactions')
    .select(['subject_kind', 'subject_id', 'user_id'])
    .where('couple_id', '=', coupleId)
    .where('talk_at', 'is not', null)
    .orderBy('talk_at', 'desc')
    .limit(limit * 2)
    .execute();
}
