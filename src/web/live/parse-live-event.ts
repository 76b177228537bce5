import type { LiveEvent } from '../../shared/api';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads one SSE data line; anything unexpected is ignored rather than trusted. */
export function parseLiveEvent(data: string): LiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { type, questionId, day } = value;
  if (type === 'couple.changed') return { type };
  if (
    (type === 'answer.partner' || type === 'answer.revealed') &&
    typeof questionId === 'string' &&
    typeof day === 'string'
  ) {
    return { type, questionId, day };
  }
  if (
    (type === 'gesture.partner' || type === 'gesture.thanked') &&
    typeof value.gestureDoneId === 'string'
  ) {
    return { type, gestureDoneId: value.gestureDoneId };
  }
  if (
    (type === 'vulnerability.shared' ||
      type === 'vulnerability.reply' ||
      type === 'vulnerability.withdrawn') &&
    typeof value.entryId === 'string'
  ) {
    return { type, entryId: value.entryId };
  }
  if (type === 'project.changed' && typeof value.projectId === 'string') {
    return { type, projectId: value.projectId };
  }
  if (type === 'note.arrived' && typeof value.noteId === 'string') {
    return { type, noteId: value.noteId };
  }
  if (type === 'listening.changed' && typeof value.sessionId === 'string') {
    return { type, sessionId: value.sessionId };
  }
  if (type === 'deck.changed') return { type };
  if (
    (type === 'card.partner' || type === 'card.revealed' || type === 'card.reaction') &&
    typeof value.cardId === 'string'
  ) {
    return { type, cardId: value.cardId };
  }
  if (type === 'day.reaction' && typeof day === 'string') return { type, day };
  if (type === 'exercise.run' && typeof value.runId === 'string') {
    return { type, runId: value.runId };
  }
  if (
    type === 'checkin.changed' &&
    (typeof value.checkinId === 'string' || value.checkinId === null)
  ) {
    return { type, checkinId: value.checkinId };
  }
  if (type === 'dates.matches') return { type };
  if (type === 'dates.changed' && (typeof value.dateId === 'string' || value.dateId === null)) {
    return { type, dateId: value.dateId };
  }
  if (type === 'challenge.changed' && typeof value.weekId === 'string') {
    return { type, weekId: value.weekId };
  }
  if (
    type === 'interests.match' &&
    (value.topic === 'hobby' || value.topic === 'travel') &&
    typeof value.itemId === 'string'
  ) {
    return { type, topic: value.topic, itemId: value.itemId };
  }
  if (type === 'travel.changed' && typeof value.ideaId === 'string') {
    return { type, ideaId: value.ideaId };
  }
  if (type === 'notebook.changed' && typeof value.entryId === 'string') {
    return { type, entryId: value.entryId };
  }
  if (type === 'life-events.changed') return { type };
  return null;
}
