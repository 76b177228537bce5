/**
 * Kill -9 under write load: the real server, as a process of its own, takes
 * concurrent writes; it is killed mid-load with SIGKILL and started again on
 * the same data; every write it had acknowledged with a 2xx is there.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/server/db/database';
import { dialects, postgresUrl } from '../support/databases';
import {
  type HttpPerson,
  httpPerson,
  killHard,
  postgresSchemaForServer,
  type ServerProcess,
  sessionCookieOf,
  startServerProcess,
} from '../support/server-process';

/** Writers sending at once, and how long the load runs before the kill. */
const WRITERS = 8;
const LOAD_MS = 2500;
const PASSWORD = 'a calm and long passphrase for the crash';

interface Acked {
  /** Notes acknowledged, by id, with the text sent and who should find it. */
  notes: Map<string, { text: string; recipient: 'a' | 'b' }>;
  /** People whose sign-up was acknowledged. */
  signups: string[];
}

describe.each(dialects)('kill -9 under write load (%s)', (dialect: Dialect) => {
  it('keeps every acknowledged write', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-crash-'));
    const pgSchema =
      dialect === 'postgres' ? await postgresSchemaForServer(postgresUrl ?? '') : undefined;
    const env: Record<string, string> = pgSchema ? { DATABASE_URL: pgSchema.databaseUrl } : {};
    let server: ServerProcess = await startServerProcess(dataDir, env);
    const base = () => server.url;
    try {
      // Two people, paired through a real invite.
      const a = httpPerson(base, `crash-a-${dialect}@example.com`, PASSWORD);
      const b = httpPerson(base, `crash-b-${dialect}@example.com`, PASSWORD);
      for (const [p, name] of [
        [a, 'Robin'],
        [b, 'Sam'],
      ] as const) {
        const res = await p.call('POST', '/api/auth/signup', {
          email: p.email,
          password: PASSWORD,
          displayName: name,
          timeZone: 'UTC',
        });
        expect(res.status, await res.clone().text()).toBe(201);
        p.cookie = sessionCookieOf(res);
      }
      const invite = (await (await a.call('POST', '/api/couple/invites')).json()) as {
        code: string;
      };
      expect((await b.call('POST', '/api/couple/join', { code: invite.code })).status).toBe(200);

      // Single writes acknowledged before the load: both answer the daily question, both send a pulse.
      const question = (await (await a.call('GET', '/api/questions/today')).json()) as {
        question: { id: string };
      };
      const answers = { a: 'words from Robin before the crash', b: 'words from Sam before it' };
      for (const [p, text] of [
        [a, answers.a],
        [b, answers.b],
      ] as const) {
        const res = await p.call('PUT', `/api/questions/${question.question.id}/answer`, { text });
        expect(res.status, await res.clone().text()).toBe(200);
      }
      const pulses = {
        a: { emotional: 6, physical: 5, intellectual: 7, talk: 8 },
        b: { emotional: 3, physical: 9, intellectual: 4, talk: 2 },
      };
      expect((await a.call('POST', '/api/pulse', pulses.a)).status).toBe(200);
      expect((await b.call('POST', '/api/pulse', pulses.b)).status).toBe(200);

      // The load: notes both ways from several writers at once, and a few sign-ups.
      const acked: Acked = { notes: new Map(), signups: [] };
      let sent = 0;
      let stop = false;
      const writer = async (index: number) => {
        for (let n = 0; !stop; n++) {
          const fromA = (index + n) % 2 === 0;
          const text = `note ${index}-${n} (${dialect})`;
          sent += 1;
          try {
            const res = await (fromA ? a : b).call('POST', '/api/notes', { kind: 'note', text });
            if (res.status >= 200 && res.status < 300) {
              const body = (await res.json()) as { id: string };
              acked.notes.set(body.id, { text, recipient: fromA ? 'b' : 'a' });
            }
          } catch {
            // The server is gone: this write was never acknowledged.
            return;
          }
        }
      };
      const signupWriter = async () => {
        // The default limits allow ten sign-ups an hour from one address: four more fit,
        // spread over the load.
        for (let n = 0; n < 4 && !stop; n++) {
          await new Promise((resolve) => setTimeout(resolve, LOAD_MS / 5));
          const email = `crash-late-${n}-${dialect}@example.com`;
          try {
            const res = await fetch(`${base()}/api/auth/signup`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, password: PASSWORD, displayName: `Late ${n}` }),
            });
            if (res.status === 201) acked.signups.push(email);
          } catch {
            return;
          }
        }
      };
      const load = Promise.all([
        ...Array.from({ length: WRITERS }, (_, i) => writer(i)),
        signupWriter(),
      ]);
      await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
      // Mid-load: writes are in flight at this very moment.
      await killHard(server);
      stop = true;
      await load;
      expect(acked.notes.size).toBeGreaterThan(20);
      expect(sent).toBeGreaterThan(acked.notes.size);

      // Started again on the same data.
      server = await startServerProcess(dataDir, env);
      for (const p of [a, b]) {
        const res = await p.call('POST', '/api/auth/login', { email: p.email, password: PASSWORD });
        expect(res.status).toBe(200);
        p.cookie = sessionCookieOf(res);
      }
      for (const email of acked.signups) {
        const res = await fetch(`${base()}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: PASSWORD }),
        });
        expect(res.status, email).toBe(200);
      }
      const today = await (await a.call('GET', '/api/questions/today')).text();
      expect(today).toContain(answers.a);
      expect(today).toContain(answers.b);
      expect(
        ((await (await a.call('GET', '/api/pulse')).json()) as { mine: unknown }).mine,
      ).toEqual(pulses.a);
      expect(
        ((await (await b.call('GET', '/api/pulse')).json()) as { mine: unknown }).mine,
      ).toEqual(pulses.b);

      // Every acknowledged note, read back by the person it was for.
      const found = { a: await receivedNotes(a), b: await receivedNotes(b) };
      const missing = [...acked.notes].filter(
        ([id, note]) => found[note.recipient].get(id) !== note.text,
      );
      expect(missing).toEqual([]);
    } finally {
      await killHard(server);
      await pgSchema?.drop();
    }
  }, 90_000);
});

/** All the notes a person received, by id, through the API's pages. */
async function receivedNotes(p: HttpPerson): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  let before: string | null = null;
  do {
    const query: string = before ? `&before=${encodeURIComponent(before)}` : '';
    const res = await p.call('GET', `/api/notes?limit=50${query}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      notes: { id: string; text: string }[];
      nextBefore: string | null;
    };
    for (const note of page.notes) notes.set(note.id, note.text);
    before = page.nextBefore;
  } while (before);
  return notes;
}
