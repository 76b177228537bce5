/**
 * Notes' reminder: a note my partner left to be found has become visible
 * and I have not opened it. Each note reminds once; a note sent to be read
 * at once is already on Today and reminds of nothing.
 */
import { perPerson, type ReminderSource } from '../notifications/reminders.types';

export const notesReminders: ReminderSource = perPerson(async (deps, person, now) => {
  const { couple } = person;
  if (!couple) return [];
  const nowIso = now.toISOString();
  const found = await deps.db
    .selectFrom('notes as n')
    .select('n.id')
    .where('n.recipient_id', '=', person.userId)
    .where('n.couple_id', '=', couple.id)
    .where('n.visible_from', '<=', nowIso)
    // Left to be found: hidden when it was written.
    .whereRef('n.visible_from', '>', 'n.created_at')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('note_reads as r')
            .select('r.note_id')
            .whereRef('r.note_id', '=', 'n.id')
            .where('r.user_id', '=', person.userId),
        ),
      ),
    )
    .orderBy('n.visible_from')
    .limit(20)
    .execute();
  return found.map((note) => ({ kind: 'note' as const, thing: `note:${note.id}` }));
});
