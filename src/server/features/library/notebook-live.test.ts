/**
 * The "what we learned" notebook's live event, on SQLite and PostgreSQL:
 * when one partner adds, rewords or removes an entry of theirs, the other's
 * open screens hear `notebook.changed` with the entry's id only. A stranger
 * hears nothing, and neither does the former partner after an unlink, when
 * the author changes the old entry (now their own) or writes alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { type EventStream, openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { LiveEvent } from '../../../shared/api';
import type { NotebookEntry } from '../../../shared/library-api';

describe.each(dialects)('the notebook’s live event (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const write = async (p: Person, text: string): Promise<NotebookEntry> => {
    const res = await p.request('POST', '/api/notebook', { text });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  /** The next notebook event on a stream (others, such as a new link, are passed over). */
  async function nextNotebookEvent(stream: EventStream, timeoutMs?: number): Promise<LiveEvent> {
    for (;;) {
      const event = await stream.next(timeoutMs);
      if (event.type === 'notebook.changed') return event;
    }
  }

  it('tells the partner of each change, with the entry’s id only; a stranger hears nothing', async () => {
    const { a, b } = await t.buildCouple();
    const stranger = await t.signUp();
    const partner = await openEventStream(url, b.cookie);
    const outsider = await openEventStream(url, stranger.cookie);
    try {
      const entry = await write(a, 'Ten quiet minutes after work help.');
      expect(await partner.next()).toEqual({ type: 'notebook.changed', entryId: entry.id });
      const edited = await a.request('PATCH', `/api/notebook/${entry.id}`, {
        text: 'Ten quiet minutes after work really help.',
      });
      expect(edited.statusCode).toBe(200);
      expect(await partner.next()).toEqual({ type: 'notebook.changed', entryId: entry.id });
      expect((await a.request('DELETE', `/api/notebook/${entry.id}`)).statusCode).toBe(204);
      expect(await partner.next()).toEqual({ type: 'notebook.changed', entryId: entry.id });
      // The author's own devices are not told of their own change, and nobody else is.
      await expect(outsider.next(500)).rejects.toThrow('no event arrived');
    } finally {
      partner.close();
      outsider.close();
    }
  });

  it('tells the former partner nothing after an unlink', async () => {
    const { a, b } = await t.buildCouple();
    const former = await openEventStream(url, b.cookie);
    try {
      const old = await write(a, 'Hugs before leaving, every day.');
      expect(await nextNotebookEvent(former)).toEqual({
        type: 'notebook.changed',
        entryId: old.id,
      });
      expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
      // The author rewords the old entry (now hers alone), writes alone, and then with a new partner.
      expect(
        (await a.request('PATCH', `/api/notebook/${old.id}`, { text: 'Long hugs.' })).statusCode,
      ).toBe(200);
      await write(a, 'Alone for a while: mornings are mine.');
      const c = await t.signUp('Cy');
      const invite = (await a.request('POST', '/api/couple/invites')).json();
      expect((await c.request('POST', '/api/couple/join', { code: invite.code })).statusCode).toBe(
        200,
      );
      await write(a, 'New beginnings, slowly.');
      // Sam's own next link: the first notebook event Sam hears is of their new couple.
      const d = await t.signUp('Dee');
      const next = (await b.request('POST', '/api/couple/invites')).json();
      expect((await d.request('POST', '/api/couple/join', { code: next.code })).statusCode).toBe(
        200,
      );
      const ours = await write(d, 'We like slow Sundays.');
      expect(await nextNotebookEvent(former)).toEqual({
        type: 'notebook.changed',
        entryId: ours.id,
      });
    } finally {
      former.close();
    }
  });
});
