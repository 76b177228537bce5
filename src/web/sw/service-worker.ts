/*
 * Rekindle service worker: keeps the static files the app is made of, never anything of a person's.
 * - Installed on the first visit, it stores every hashed file of this build, the offline page and
 *   the icons. The build (vite.config.ts, rekindle-sw) bundles this file into /sw.js and sets
 *   REKINDLE_BUILD_ID and REKINDLE_BUILD_ASSETS.
 * - Activated, it removes the caches of earlier builds.
 * - Nothing under /api/, /healthz or /metrics is ever stored or served from cache: for those the
 *   worker steps aside and the browser goes to the network.
 * - The app shell (index.html) is not kept either: the server sends it `no-store` so nothing can
 *   give back a page after a quick exit. Pages always come from the network; when the network
 *   cannot be reached, the offline page answers at once.
 * - A reminder pushed by the server shows as a notification with the same generic words every
 *   time (never a name or what it is about); a newer one replaces the one still shown. Tapping it
 *   brings an open Rekindle window forward, or opens Rekindle.
 * The bundle is a classic script: its top-level functions are the worker's globals.
 */
import type { PushDevices } from '../../shared/notifications-api';
import {
  applicationServerKey,
  endpointHash,
  PUSH_DEVICES_PATH,
  subscriptionBody,
} from '../features/notifications/push-keys';

declare const self: ServiceWorkerGlobalScope;
/** Set by the build: an id naming this build's cache, and its hashed files. */
declare const REKINDLE_BUILD_ID: string;
declare const REKINDLE_BUILD_ASSETS: readonly string[];

const VERSION = `rekindle-${REKINDLE_BUILD_ID}`;
const OFFLINE_PAGE = '/offline.html';
const PRECACHE: readonly string[] = [
  OFFLINE_PAGE,
  '/offline.js',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  ...REKINDLE_BUILD_ASSETS,
];
const NEVER_CACHE = ['/api', '/healthz', '/metrics'];

function isNeverCached(pathname: string): boolean {
  return NEVER_CACHE.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Vite's hashed build output: a file under /assets/ never changes once published. */
function isHashedAsset(pathname: string): boolean {
  return pathname.startsWith('/assets/');
}

function isOtherStatic(pathname: string): boolean {
  return PRECACHE.includes(pathname) || pathname.startsWith('/icons/');
}

/** Only whole, same-origin, successful answers are kept. */
function storable(response: Response): boolean {
  return response.ok && response.type === 'basic' && response.status === 200;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      // `reload`: the files come from the server, not from the browser's HTTP cache.
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (storable(response)) await cache.put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request)
    .then(async (response) => {
      if (storable(response)) await cache.put(request, response.clone());
      return response;
    })
    .catch(() => cached ?? Response.error());
  event.waitUntil(fresh);
  return cached ?? fresh;
}

async function offlinePage(): Promise<Response> {
  const cache = await caches.open(VERSION);
  return (await cache.match(OFFLINE_PAGE)) ?? Response.error();
}

/* Pages: always the network, never stored. With no connection the offline page answers
   straight away instead of a browser error (or a shell that waits for an API it cannot reach). */
async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return offlinePage();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isNeverCached(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  if (isHashedAsset(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (isOtherStatic(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
  }
});

/* Reminders by web push. The server sends only generic words; these stand in if a message
   arrives without them. */
const NUDGE_TITLE = 'Rekindle';
const NUDGE_BODY = 'You have something new in Rekindle';
const NUDGE_TAG = 'rekindle-nudge';

interface Nudge {
  title: string;
  body: string;
  url: string;
}

/** The payload's words when they are plain short text, else the fixed ones; the URL stays on this origin. */
function nudgeOf(event: PushEvent): Nudge {
  let data: unknown = null;
  try {
    data = event.data ? event.data.json() : null;
  } catch {
    data = null;
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : fallback;
  let url = '/';
  if (typeof fields.url === 'string') {
    const target = new URL(fields.url, self.location.origin);
    if (target.origin === self.location.origin) url = target.pathname + target.search;
  }
  return { title: text(fields.title, NUDGE_TITLE), body: text(fields.body, NUDGE_BODY), url };
}

self.addEventListener('push', (event) => {
  const nudge = nudgeOf(event);
  // `renotify` (a newer nudge alerts again) is not in TypeScript's NotificationOptions.
  const options: NotificationOptions & { renotify: boolean } = {
    body: nudge.body,
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    tag: NUDGE_TAG,
    renotify: true,
    data: { url: nudge.url },
  };
  event.waitUntil(self.registration.showNotification(nudge.title, options));
});

async function openRekindle(url: string): Promise<WindowClient | null> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) return open.focus();
  return self.clients.openWindow(url);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data: unknown = event.notification.data;
  const target =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>).url : undefined;
  event.waitUntil(openRekindle(typeof target === 'string' ? target : '/'));
});

/* The browser may replace this device's push subscription (its address expired or was
   renewed). The old one is then useless: it is removed from the person's devices, and the
   new one added, so reminders keep reaching this device. Nothing is sent without a session
   (the server answers 401 and nothing changes); the old address is named to the server
   only by the hash it already shows (endpointHash). */

/** What this needs of a subscription: its address, the key it was made with, its parts. */
type SubscriptionLike = Pick<PushSubscription, 'endpoint' | 'options' | 'toJSON'>;

/* Only a device the signed-in person turned notifications on for is renewed: when the
   old address is unknown, or was another person's, nothing is turned on for this one. */
async function keepSubscription(
  oldSubscription: SubscriptionLike | null,
  newSubscription: SubscriptionLike | null,
): Promise<string> {
  if (!oldSubscription?.endpoint) return 'unknown device';
  const listed = await fetch(PUSH_DEVICES_PATH, { credentials: 'same-origin' });
  if (!listed.ok) return 'no session';
  const { publicKey, devices } = (await listed.json()) as PushDevices;
  const hash = await endpointHash(oldSubscription.endpoint);
  const gone = devices.find((device) => device.endpointHash === hash);
  if (!gone) return 'not this person’s device';
  await fetch(`${PUSH_DEVICES_PATH}/${encodeURIComponent(gone.id)}`, {
    method: 'DELETE',
    credentials: 'same-origin',
  });
  let next = newSubscription;
  if (!next) {
    const key =
      oldSubscription.options.applicationServerKey ??
      (publicKey ? applicationServerKey(publicKey) : null);
    if (!key) return 'no key';
    next = await self.registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: key,
    });
  }
  const body = subscriptionBody(next.toJSON());
  if (!body) return 'incomplete';
  const added = await fetch(PUSH_DEVICES_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return added.ok ? 'kept' : 'refused';
}

self.addEventListener('pushsubscriptionchange', (event) => {
  const change = event as ExtendableEvent & {
    oldSubscription: PushSubscription | null;
    newSubscription: PushSubscription | null;
  };
  change.waitUntil(
    keepSubscription(change.oldSubscription, change.newSubscription).catch(() => 'failed'),
  );
});
