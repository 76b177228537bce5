import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LiveEvent } from '../../shared/api';
import { queryKeys } from '../data/keys';
import { t } from '../i18n';
import { announce } from '../lib/announcer';
import { onQuickExit } from '../lib/quick-exit';
import { parseLiveEvent } from './parse-live-event';

const MAX_BACKOFF_MS = 30_000;

function refreshAfter(client: QueryClient, event: LiveEvent): void {
  void client.invalidateQueries({ queryKey: queryKeys.today });
  void client.invalidateQueries({ queryKey: queryKeys.question });
  void client.invalidateQueries({ queryKey: queryKeys.history });
  void client.invalidateQueries({ queryKey: queryKeys.plan });
  void client.invalidateQueries({ queryKey: queryKeys.progress });
  if (event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: queryKeys.me });
    void client.invalidateQueries({ queryKey: queryKeys.couple });
    void client.invalidateQueries({ queryKey: queryKeys.sharing });
    void client.invalidateQueries({ queryKey: queryKeys.comparison });
  }
}

function describe(event: LiveEvent, partnerName: string): string {
  switch (event.type) {
    case 'answer.partner':
      return t('today.live.partnerAnswered', { partner: partnerName });
    case 'answer.revealed':
      return t('today.live.revealed');
    case 'couple.changed':
      return t('today.live.coupleChanged');
  }
}

/**
 * Listens for partner events while logged in. Events carry ids only, so each
 * one just refetches the affected data quietly and tells screen readers.
 */
export function useLiveEvents(enabled: boolean, partnerName: string | null): void {
  const client = useQueryClient();
  const nameRef = useRef(partnerName);
  nameRef.current = partnerName;

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let opened = false;

    const connect = () => {
      source = new EventSource('/api/events');
      source.onopen = () => {
        // The first open follows the screen's own first fetch, so there is nothing to catch up on.
        // Any later open is a reconnect: events may have been missed while away, so refresh all.
        if (opened) void client.invalidateQueries();
        opened = true;
        failures = 0;
      };
      source.onmessage = (message: MessageEvent<string>) => {
        const event = parseLiveEvent(message.data);
        if (!event) return;
        refreshAfter(client, event);
        announce(describe(event, nameRef.current ?? t('nav.partner')));
      };
      source.onerror = () => {
        failures += 1;
        if (source?.readyState !== EventSource.CLOSED) return; // the browser retries by itself
        source.close();
        // The browser gave up (for example the session ended): check who we are, then retry.
        void client.invalidateQueries({ queryKey: queryKeys.me });
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures, 5));
        timer = setTimeout(connect, delay);
      };
    };

    const stop = () => {
      clearTimeout(timer);
      source?.close();
    };
    connect();
    // A quick exit closes the stream at once, before the page goes.
    const forget = onQuickExit(stop);
    return () => {
      forget();
      stop();
    };
  }, [enabled, client]);
}
