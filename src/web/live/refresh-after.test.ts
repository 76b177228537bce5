import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshAfter } from './use-live-events';

describe('what a live event leaves in this browser', () => {
  function clientWith(keys: string[]) {
    const client = new QueryClient();
    for (const key of keys) client.setQueryData([key], { words: `${key} of the couple as it was` });
    return client;
  }

  it('drops every cached screen at once when the couple changes', () => {
    const client = clientWith(['notes', 'dates', 'projects', 'me']);
    refreshAfter(client, { type: 'couple.changed' });
    expect(client.getQueryCache().getAll()).toEqual([]);
  });

  it('keeps cached screens, only marked stale, for any other event', () => {
    const client = clientWith(['notes', 'dates']);
    refreshAfter(client, { type: 'note.arrived', noteId: 'n1' });
    expect(client.getQueryData(['dates'])).toEqual({ words: 'dates of the couple as it was' });
  });
});
