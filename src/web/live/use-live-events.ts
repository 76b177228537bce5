import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { LiveEvent } from '../../shared/api';
import { queryKeys } from '../data/keys';
import { challengeKeys } from '../features/challenges/challenges-keys';
import { checkinKeys } from '../features/checkins/checkin-keys';
import { datesKeys } from '../features/dates/dates-keys';
import { deckKeys } from '../features/decks/decks-keys';
import { EXERCISES_KEY } from '../features/exercises/exercises-keys';
import { interestKeys } from '../features/interests/interests-keys';
import { libraryKeys } from '../features/library/library-keys';
import { rhythmKeys } from '../features/rhythm/rhythm-keys';
import { forgetWithdrawnEntry } from '../features/vulnerability/vulnerability-cache';
import { t } from '../i18n';
import { announce } from '../lib/announcer';
import { onQuickExit } from '../lib/quick-exit';
import { parseLiveEvent } from './parse-live-event';

const MAX_BACKOFF_MS = 30_000;

export function refreshAfter(client: QueryClient, event: LiveEvent): void {
  // Linked or unlinked: what screens not open now hold of the couple as it
  // was leaves this browser at once; the open ones ask again below.
  if (event.type === 'couple.changed') client.removeQueries({ type: 'inactive' });
  void client.invalidateQueries({ queryKey: queryKeys.today });
  void client.invalidateQueries({ queryKey: queryKeys.question });
  void client.invalidateQueries({ queryKey: queryKeys.history });
  void client.invalidateQueries({ queryKey: queryKeys.plan });
  void client.invalidateQueries({ queryKey: queryKeys.progress });
  // The weeks count shared activity, and life events reshape the plan: any event may change them.
  void client.invalidateQueries({ queryKey: rhythmKeys.all });
  if (event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: queryKeys.me });
    void client.invalidateQueries({ queryKey: queryKeys.couple });
    void client.invalidateQueries({ queryKey: queryKeys.sharing });
    void client.invalidateQueries({ queryKey: queryKeys.comparison });
  }
  if (
    event.type === 'vulnerability.shared' ||
    event.type === 'vulnerability.reply' ||
    event.type === 'couple.changed'
  ) {
    void client.invalidateQueries({ queryKey: queryKeys.vulnerability });
  }
  // Taken back: the words leave this browser at once, not only at the next fetch.
  if (event.type === 'vulnerability.withdrawn') forgetWithdrawnEntry(client, event.entryId);
  if (event.type === 'project.changed' || event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: queryKeys.projects });
  }
  if (event.type === 'listening.changed') {
    void client.invalidateQueries({ queryKey: queryKeys.listening });
  }
  if (event.type === 'gesture.partner' || event.type === 'gesture.thanked') {
    void client.invalidateQueries({ queryKey: queryKeys.gestures });
  }
  if (event.type === 'note.arrived' || event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: queryKeys.notes });
  }
  if (event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: queryKeys.gestures });
  }
  if (event.type === 'exercise.run') {
    void client.invalidateQueries({ queryKey: EXERCISES_KEY });
  }
  // Decks: every deck query, and the daily question's reactions, start with this key.
  if (
    event.type === 'deck.changed' ||
    event.type === 'card.partner' ||
    event.type === 'card.revealed' ||
    event.type === 'card.reaction' ||
    event.type === 'day.reaction' ||
    event.type === 'answer.revealed' ||
    event.type === 'couple.changed'
  ) {
    void client.invalidateQueries({ queryKey: deckKeys.all });
  }
  if (event.type === 'checkin.changed' || event.type === 'couple.changed') {
    for (const queryKey of Object.values(checkinKeys)) void client.invalidateQueries({ queryKey });
  }
  if (
    event.type === 'dates.matches' ||
    event.type === 'dates.changed' ||
    event.type === 'couple.changed'
  ) {
    void client.invalidateQueries({ queryKey: datesKeys.all });
  }
  if (event.type === 'challenge.changed' || event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: challengeKeys.all });
  }
  if (
    (event.type === 'interests.match' && event.topic === 'hobby') ||
    event.type === 'couple.changed'
  ) {
    void client.invalidateQueries({ queryKey: interestKeys.hobbies });
  }
  if (
    (event.type === 'interests.match' && event.topic === 'travel') ||
    event.type === 'travel.changed' ||
    event.type === 'couple.changed'
  ) {
    void client.invalidateQueries({ queryKey: interestKeys.travel });
  }
  if (event.type === 'notebook.changed' || event.type === 'couple.changed') {
    void client.invalidateQueries({ queryKey: [...libraryKeys.all, 'notebook'] });
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
    case 'vulnerability.shared':
      return t('vulnerability.live.shared', { partner: partnerName });
    case 'vulnerability.reply':
      return t('vulnerability.live.reply', { partner: partnerName });
    case 'vulnerability.withdrawn':
      return t('vulnerability.live.withdrawn', { partner: partnerName });
    case 'project.changed':
      return t('projects.live.changed', { partner: partnerName });
    case 'gesture.partner':
      return t('gestures.live.partner', { partner: partnerName });
    case 'gesture.thanked':
      return t('gestures.live.thanked', { partner: partnerName });
    case 'note.arrived':
      return t('notes.live.arrived', { partner: partnerName });
    case 'listening.changed':
      return t('listening.live.changed');
    case 'exercise.run':
      return t('exercises.live.update', { partner: partnerName });
    case 'checkin.changed':
      return t('today.live.checkinChanged');
    case 'deck.changed':
      return t('decks.live.changed');
    case 'card.partner':
      return t('decks.live.partnerAnswered', { partner: partnerName });
    case 'card.revealed':
      return t('decks.live.revealed');
    case 'card.reaction':
    case 'day.reaction':
      return t('decks.live.reaction', { partner: partnerName });
    case 'dates.matches':
      return t('dates.live.matches');
    case 'dates.changed':
      return t('dates.live.changed', { partner: partnerName });
    case 'challenge.changed':
      return t('challenges.live.changed');
    case 'interests.match':
      return event.topic === 'hobby'
        ? t('interests.live.hobbyMatch', { partner: partnerName })
        : t('interests.live.travelMatch', { partner: partnerName });
    case 'travel.changed':
      return t('interests.live.travelChanged');
    case 'life-events.changed':
      return t('keepGoing.live.changed', { partner: partnerName });
    case 'notebook.changed':
      return t('library.live.notebookChanged', { partner: partnerName });
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
