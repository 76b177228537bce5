/** The private screen's routing flag: Kysely queries only. Never joined into anything a partner reads. */
import type { Db } from '../../db/database';

export async function setAccountRoute(
  db: Db,
  userId: string,
  route: string | null,
  nowIso: string,
): Promise<void> {
  if (route === null) {
    await db.deleteFrom('screen_flags').where('user_id', '=', userId).execute();
    return;
  }
  await db
    .insertInto('screen_flags')
    .values({ user_id: userId, route, updated_at: nowIso })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ route, updated_at: nowIso }))
    .execute();
}
