/**
 * Seeds other people into a fresh database so the tables the hot paths read
 * are not empty: couples and people alone, a session each, two weeks of daily
 * questions and an answer from everyone each day. Goes through the
 * repositories in one transaction, with one shared argon2 hash, so 2,000
 * people take about a second.
 */
import type { Catalog } from '../src/content/load';
import { localDay } from '../src/core/calendar';
import { insertSession } from '../src/server/auth/sessions';
import type { Db } from '../src/server/db/database';
import { joinCouple } from '../src/server/features/accounts/accounts.queries';
import { insertUser } from '../src/server/features/accounts/accounts.repository';
import { hashPassword } from '../src/server/features/accounts/passwords';
import { insertCouple } from '../src/server/features/couple/couple.repository';
import {
  insertAssignment,
  upsertAnswer,
} from '../src/server/features/dialogue/dialogue.repository';
import { newId, newSessionToken } from '../src/server/lib/tokens';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeedCounts {
  users: number;
  sessions: number;
  couples: number;
  dailyQuestions: number;
  answers: number;
}

export async function seedOthers(
  db: Db,
  catalog: Catalog,
  options: { users: number; days?: number; soloShare?: number; sessionTtlMs: number },
): Promise<SeedCounts> {
  const deck = catalog.questionDeck;
  const passwordHash = await hashPassword('a calm and long passphrase');
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const dayCount = options.days ?? 14;
  const days = Array.from({ length: dayCount }, (_, i) =>
    localDay(new Date(now - (dayCount - i) * DAY_MS), 'UTC'),
  );
  const counts: SeedCounts = { users: 0, sessions: 0, couples: 0, dailyQuestions: 0, answers: 0 };
  const solo = Math.round(options.users * (options.soloShare ?? 0.2));
  const paired = options.users - solo - ((options.users - solo) % 2);

  await db.transaction().execute(async (trx) => {
    const addUser = async (n: number): Promise<string> => {
      const id = newId();
      await insertUser(trx, {
        id,
        email: `seed-${n}@example.com`,
        password_hash: passwordHash,
        display_name: `Seed ${n}`,
        time_zone: 'UTC',
        couple_id: null,
        created_at: nowIso,
      });
      // Stored like a real session id (a keyed hash is 43 base64url characters).
      await insertSession(trx, {
        id: newSessionToken(),
        userId: id,
        device: 'bench',
        nowIso,
        expiresAt: new Date(now + options.sessionTtlMs).toISOString(),
      });
      counts.users++;
      counts.sessions++;
      return id;
    };
    const addDays = async (
      scope: string,
      coupleId: string | null,
      userIds: string[],
    ): Promise<void> => {
      for (const [i, day] of days.entries()) {
        const questionId = deck[i % deck.length] as string;
        await insertAssignment(trx, { scope, day, questionId, nowIso });
        counts.dailyQuestions++;
        for (const userId of userIds) {
          await upsertAnswer(trx, {
            id: newId(),
            user_id: userId,
            scope,
            day,
            question_id: questionId,
            couple_id: coupleId,
            visibility: coupleId ? 'reveal-together' : 'private',
            text: `Seeded answer of ${userId} on ${day}: something kind and specific about the day.`,
            nowIso,
          });
          counts.answers++;
        }
      }
    };

    for (let n = 0; n < paired; n += 2) {
      const a = await addUser(n);
      const b = await addUser(n + 1);
      const coupleId = newId();
      await insertCouple(trx, { id: coupleId, timeZone: 'UTC', nowIso });
      await joinCouple(trx, a, coupleId);
      await joinCouple(trx, b, coupleId);
      counts.couples++;
      await addDays(`c:${coupleId}`, coupleId, [a, b]);
    }
    for (let n = paired; n < options.users; n++) {
      const id = await addUser(n);
      await addDays(`u:${id}`, null, [id]);
    }
  });
  return counts;
}
