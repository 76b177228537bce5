import { useCallback, useState } from 'react';
import {
  checkVisibleFrom,
  fromWallTime,
  NOTE_KINDS,
  NOTE_LIMITS,
  type NoteKind,
} from '../../../core/notes';
import { readStored, writeStored } from '../../lib/storage';

export interface NoteDraft {
  kind: NoteKind;
  title: string;
  text: string;
  hide: boolean;
  /** "YYYY-MM-DDTHH:mm" in the person's own time zone. */
  when: string;
}

export const EMPTY_DRAFT: NoteDraft = {
  kind: 'thank-you',
  title: '',
  text: '',
  hide: false,
  when: '',
};

function isKind(value: unknown): value is NoteKind {
  return typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
}

/** Reads a kept draft; anything unexpected gives an empty one. */
export function parseDraft(stored: string | null): NoteDraft {
  if (!stored) return EMPTY_DRAFT;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return EMPTY_DRAFT;
    const v = value as Record<string, unknown>;
    return {
      kind: isKind(v.kind) ? v.kind : EMPTY_DRAFT.kind,
      title: typeof v.title === 'string' ? v.title : '',
      text: typeof v.text === 'string' ? v.text : '',
      hide: v.hide === true,
      when: typeof v.when === 'string' ? v.when : '',
    };
  } catch {
    return EMPTY_DRAFT;
  }
}

function isEmpty(draft: NoteDraft): boolean {
  return draft.text === '' && draft.title === '';
}

/** An unsent note survives reloads on this device (and goes with a quick exit, like every draft). */
export function useNoteDraft(userId: string) {
  const key = `rekindle.draft.note.${userId}`;
  const [draft, setDraft] = useState(() => parseDraft(readStored(key)));
  const change = useCallback(
    (patch: Partial<NoteDraft>) =>
      setDraft((current) => {
        const next = { ...current, ...patch };
        writeStored(key, isEmpty(next) ? null : JSON.stringify(next));
        return next;
      }),
    [key],
  );
  const clear = useCallback(() => {
    writeStored(key, null);
    setDraft(EMPTY_DRAFT);
  }, [key]);
  return { draft, change, clear, isKept: readStored(key) !== null };
}

export type DraftError = 'required' | 'tooLong' | 'timeMissing' | 'timePast' | 'timeFar';
export type DraftErrors = Partial<Record<'title' | 'text' | 'when', DraftError>>;

/** What the server will be sent, or why not yet: checked here first, in the same words the form shows. */
export function checkDraft(
  draft: NoteDraft,
  timeZone: string,
  now: Date,
):
  | { ok: true; body: { kind: NoteKind; text: string; title?: string; visibleFrom?: string } }
  | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const text = draft.text.trim();
  const title = draft.title.trim();
  if (!text) errors.text = 'required';
  else if (text.length > NOTE_LIMITS.text) errors.text = 'tooLong';
  if (draft.kind === 'celebrate') {
    if (!title) errors.title = 'required';
    else if (title.length > NOTE_LIMITS.title) errors.title = 'tooLong';
  }
  let visibleFrom: Date | null = null;
  if (draft.hide) {
    visibleFrom = draft.when ? fromWallTime(draft.when, timeZone) : null;
    if (visibleFrom === null) errors.when = 'timeMissing';
    else {
      const when = checkVisibleFrom(visibleFrom, now);
      if (!when.ok) errors.when = when.reason === 'past' ? 'timePast' : 'timeFar';
      // A time that has only just passed would be sent at once: say so rather than surprise.
      else if (!when.hidden) errors.when = 'timePast';
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      kind: draft.kind,
      text,
      ...(draft.kind === 'celebrate' ? { title } : {}),
      ...(visibleFrom ? { visibleFrom: visibleFrom.toISOString() } : {}),
    },
  };
}
