/* Rekindle service worker: caches the app shell and static files only.
   Nothing under /api/, /healthz or /metrics is ever stored or served from cache:
   for those the worker steps aside and the browser goes to the network. */
const VERSION = 'rekindle-static-v1';
const SHELL = [
  '/',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
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
  return pathname.startsWith('/icons/') || pathname === '/manifest.webmanifest';
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(SHELL))
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
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(VERSION);
    await cache.put(request, response.clone());
  }
  return response;
}

async function staleWhileRevalidate(event) {
  const { request } = event;
  const cached = await caches.match(request);
  const fresh = fetch(request)
    .then(async (response) => {
      if (response.ok && response.type === 'basic') {
        const cache = await caches.open(VERSION);
        await cache.put(request, response.clone());
      }
      return response;
    })
    .catch(() => cached ?? Response.error());
  event.waitUntil(fresh);
  return cached ?? fresh;
}

/* Pages: the network first so a new version shows at once; offline, the cached app shell.
   Only "/" itself refreshes the stored shell, so no other page can take its place. */
async function networkFirstShell(request, pathname) {
  try {
    const response = await fetch(request);
    if (pathname === '/' && response.ok && response.type === 'basic') {
      const cache = await caches.open(VERSION);
      await cache.put('/', response.clone());
    }
    return response;
  } catch {
    const cached = await caches.match('/');
    return cached ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isNeverCached(url.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request, url.pathname));
    return;
  }
  if (isHashedAsset(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (isOtherStatic(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
  }
});
