/* Rekindle service worker: keeps the static files the app is made of, never anything of a person's.
   - Installed on the first visit, it stores every hashed file of this build, the offline page and
     the icons. The build (vite.config.ts, rekindle-sw-precache) writes BUILD_ID and BUILD_ASSETS.
   - Activated, it removes the caches of earlier builds.
   - Nothing under /api/, /healthz or /metrics is ever stored or served from cache: for those the
     worker steps aside and the browser goes to the network.
   - The app shell (index.html) is not kept either: the server sends it `no-store` so nothing can
     give back a page after a quick exit. Pages always come from the network; when the network
     cannot be reached, the offline page answers at once.
   - A reminder pushed by the server shows as a notification with the same generic words every
     time (never a name or what it is about); a newer one replaces the one still shown. Tapping it
     brings an open Rekindle window forward, or opens Rekindle. */
const BUILD_ID = 'dev';
const BUILD_ASSETS = [];

const VERSION = `rekindle-${BUILD_ID}`;
const OFFLINE_PAGE = '/offline.html';
const PRECACHE = [
  OFFLINE_PAGE,
  '/offline.js',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  ...BUILD_ASSETS,
];
const NEVER_CACHE = ['/api', '/healthz', '/metrics'];

function isNeverCached(pathname) {
  return NEVER_CACHE.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Vite's hashed build output: a file under /assets/ never changes once published. */
function isHashedAsset(pathname) {
  return pathname.startsWith('/assets/');
}

function isOtherStatic(pathname) {
  return PRECACHE.includes(pathname) || pathname.startsWith('/icons/');
}

/** Only whole, same-origin, successful answers are kept. */
function storable(response) {
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

async function cacheFirst(request) {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (storable(response)) await cache.put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(event) {
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

async function offlinePage() {
  const cache = await caches.open(VERSION);
  return (await cache.match(OFFLINE_PAGE)) ?? Response.error();
}

/* Pages: always the network, never stored. With no connection the offline page answers
   straight away instead of a browser error (or a shell that waits for an API it cannot reach). */
async function page(request) {
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

/** The payload's words when they are plain short text, else the fixed ones; the URL stays on this origin. */
function nudgeOf(event) {
  let data = null;
  try {
    data = event.data ? event.data.json() : null;
  } catch {
    data = null;
  }
  const text = (value, fallback) =>
    typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : fallback;
  let url = '/';
  if (data && typeof data.url === 'string') {
    const target = new URL(data.url, self.location.origin);
    if (target.origin === self.location.origin) url = target.pathname + target.search;
  }
  return {
    title: text(data?.title, NUDGE_TITLE),
    body: text(data?.body, NUDGE_BODY),
    url,
  };
}

self.addEventListener('push', (event) => {
  const nudge = nudgeOf(event);
  event.waitUntil(
    self.registration.showNotification(nudge.title, {
      body: nudge.body,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      tag: NUDGE_TAG,
      renotify: true,
      data: { url: nudge.url },
    }),
  );
});

async function openRekindle(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) return open.focus();
  return self.clients.openWindow(url);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = typeof event.notification.data?.url === 'string' ? event.notification.data.url : '/';
  event.waitUntil(openRekindle(url));
});

/* The browser may replace this device's push subscription (its address expired or was
   renewed). The old one is then useless: it is removed from the person's devices, and the
   new one added, so reminders keep reaching this device. Nothing is sent without a session
   (the server answers 401 and nothing changes); the old address is named to the server
   only by the hash it already shows (endpointHash). */
const DEVICES = '/api/me/push-subscriptions';

async function endpointHashOf(endpoint) {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(endpoint)),
  );
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/* Only a device the signed-in person turned notifications on for is renewed: when the
   old address is unknown, or was another person's, nothing is turned on for this one. */
async function keepSubscription(oldSubscription, newSubscription) {
  if (!oldSubscription?.endpoint) return 'unknown device';
  const listed = await fetch(DEVICES, { credentials: 'same-origin' });
  if (!listed.ok) return 'no session';
  const { publicKey, devices } = await listed.json();
  const hash = await endpointHashOf(oldSubscription.endpoint);
  const gone = devices.find((device) => device.endpointHash === hash);
  if (!gone) return 'not this person’s device';
  await fetch(`${DEVICES}/${encodeURIComponent(gone.id)}`, {
    method: 'DELETE',
    credentials: 'same-origin',
  });
  let next = newSubscription;
  if (!next) {
    const key =
      oldSubscription?.options?.applicationServerKey ?? (publicKey && keyBytes(publicKey));
    if (!key) return 'no key';
    next = await self.registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: key,
    });
  }
  const { endpoint, keys } = next.toJSON();
  if (!endpoint || !keys?.p256dh || !keys?.auth) return 'incomplete';
  const added = await fetch(DEVICES, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } }),
  });
  return added.ok ? 'kept' : 'refused';
}

self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(
    keepSubscription(event.oldSubscription, event.newSubscription).catch(() => 'failed'),
  );
});
