/**
 * Planned dates in calendar apps: a `.ics` file per date (with a session) and
 * a private feed of all of them (with only its token). Both say only neutral
 * words — "Time together" and a neutral place — see src/core/ics.ts.
 *
 * The feed's token is 256 random bits shown once, when made; the database
 * keeps only its keyed hash. Making a new one replaces it, so the old address
 * stops working at once. The feed also stops when the couple it belongs to
 * ends (its maker is no longer in that couple) or its maker's account goes.
 */
import { createHash } from 'node:crypto';
import { buildCalendar, type IcsEvent } from '../../../core/ics';
import type { FeedState, NewFeed } from '../../../shared/dates-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import type { Limit } from '../../lib/rate-limiter';
import { keyedHash, newSessionToken } from '../../lib/tokens';
import { findUserCouple } from '../accounts/accounts.queries';
import type { ServiceDeps } from '../deps';
import {
  type DateRow,
  deleteFeed,
  findFeedByHash,
  findFeedOf,
  listFeedDates,
  replaceFeed,
} from './dates.repository';
import { localDayOf, requireCouple, requireDate } from './dates.service';

const PRODUCT_ID = '-//Rekindle//Time together//EN';
/** How often a calendar app is asked to look again. */
export const FEED_REFRESH_MINUTES = 60;
/** The feed shows planned dates from this many days back on. */
const FEED_DAYS_BACK = 90;
const FEED_MAX_EVENTS = 500;

/**
 * A calendar app looks every so often; these stop anyone from hammering the
 * feed. Counted per address (generous: one calendar service fetches many
 * couples' feeds) and per token asked for, valid or not, alike.
 */
export const FEED_LIMITS: { perAddress: Limit; perToken: Limit } = {
  perAddress: { max: 600, windowMs: 15 * 60_000 },
  perToken: { max: 60, windowMs: 15 * 60_000 },
};

function feedTokenHash(secret: string, token: string): string {
  return keyedHash(secret, `date-feed:${token}`);
}

function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'rekindle';
  } catch {
    return 'rekindle';
  }
}

function eventOf(row: DateRow, host: string): IcsEvent {
  const start = new Date(row.starts_at);
  return {
    // The date's id: the same in the file and in the feed, and across every edit.
    uid: `${row.id}@${host}`,
    stamp: new Date(row.updated_at),
    created: new Date(row.created_at),
    start,
    end: new Date(start.getTime() + Number(row.duration_minutes) * 60_000),
    sequence: Number(row.sequence),
    place: row.place,
    status: 'CONFIRMED',
  };
}

/** One planned date as a calendar file to download. */
export async function dateCalendarFile(
  deps: Pick<ServiceDeps, 'db' | 'publicUrl'>,
  auth: AuthContext,
  id: string,
): Promise<{ body: string; filename: string }> {
  const { row } = await requireDate(deps, auth, id);
  return {
    body: buildCalendar({
      productId: PRODUCT_ID,
      events: [eventOf(row, hostOf(deps.publicUrl))],
    }),
    filename: `time-together-${localDayOf(row)}.ics`,
  };
}

/** Whether the couple has a working feed. Its address cannot be shown again: only a new one. */
export async function getFeedState(
  deps: Pick<ServiceDeps, 'db'>,
  auth: AuthContext,
): Promise<FeedState> {
  if (!auth.couple) return { active: false };
  return { active: (await findFeedOf(deps.db, auth.couple.id)) !== undefined };
}

/** Makes a new feed address for the couple; the one before stops working at once. */
export async function makeFeed(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret' | 'publicUrl' | 'bus'>,
  auth: AuthContext,
): Promise<NewFeed> {
  const couple = requireCouple(auth);
  const token = newSessionToken();
  await replaceFeed(deps.db, {
    couple_id: couple.id,
    token_hash: feedTokenHash(deps.secret, token),
    created_by: auth.user.id,
    created_at: deps.clock.now().toISOString(),
  });
  await deps.bus.publish([couple.partnerId], { type: 'dates.changed', dateId: null }, couple.id);
  const url = `${deps.publicUrl.replace(/\/$/, '')}/api/calendar/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
}

/** Turns the feed off: its address stops working, and no new one exists until asked for. */
export async function stopFeed(
  deps: Pick<ServiceDeps, 'db' | 'bus'>,
  auth: AuthContext,
): Promise<void> {
  const couple = requireCouple(auth);
  await deleteFeed(deps.db, couple.id);
  await deps.bus.publish([couple.partnerId], { type: 'dates.changed', dateId: null }, couple.id);
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The feed behind a token: every planned date of the couple, from a while
 * back on. A wrong, revoked or ended feed is not found, exactly like any
 * unknown address. Every token costs the same look-up, whatever its shape.
 */
export async function readFeed(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'secret' | 'publicUrl' | 'limiter'>,
  token: string,
  ip: string,
): Promise<{ body: string; etag: string }> {
  const hash = feedTokenHash(deps.secret, token);
  await deps.limiter.consume(`date-feed-ip:${ip}`, FEED_LIMITS.perAddress);
  await deps.limiter.consume(`date-feed:${hash}`, FEED_LIMITS.perToken);
  const feed = await findFeedByHash(deps.db, hash);
  if (!feed || !TOKEN_SHAPE.test(token)) throw notFound();
  const maker = await findUserCouple(deps.db, feed.created_by);
  if (maker?.couple_id !== feed.couple_id) throw notFound();
  const since = new Date(deps.clock.now().getTime() - FEED_DAYS_BACK * 86_400_000);
  const rows = await listFeedDates(deps.db, {
    coupleId: feed.couple_id,
    sinceIso: since.toISOString(),
    limit: FEED_MAX_EVENTS,
  });
  const host = hostOf(deps.publicUrl);
  const body = buildCalendar({
    productId: PRODUCT_ID,
    events: rows.map((row) => eventOf(row, host)),
    refreshMinutes: FEED_REFRESH_MINUTES,
  });
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
}
