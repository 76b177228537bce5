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
  return null;
}
