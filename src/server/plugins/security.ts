/**
 * Security headers on every response (computed once), and the CSRF rule: a state-changing
 * request whose Origin (or Sec-Fetch-Site) shows another site is refused.
 * See docs/decisions/0003-csrf-origin-check.md.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../lib/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request comes from a foreign site. Requests without Origin (API clients) are allowed. */
export function isCrossSiteRequest(request: FastifyRequest, publicOrigin: string): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  if (host === request.host) return false;
  return origin !== publicOrigin;
}

/** The Content-Security-Policy: our own files only, no inline scripts or styles, no framing. */
export function contentSecurityPolicy(secure: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(secure ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/**
 * Powerful browser features the app never uses, switched off for it and for
 * anything it could ever embed. The clipboard (copy an invite), sharing (send
 * an invite) and the screen wake lock (a guided exercise) keep their default,
 * this origin only. Only names Chromium knows: it warns in the console of
 * every page about any other.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Sent when a session ends by the person's own hand (log-out) and when an
 * account is deleted: the browser forgets this origin's HTTP cache and its
 * storage (local and session storage, IndexedDB, the service worker and its
 * caches), so nothing of the person's stays on the device. Not "cookies":
 * that clears every cookie of the whole registrable domain (all of
 * example.org for rekindle.example.org, other apps included); the session
 * cookie is expired by its own Set-Cookie instead.
 */
export const CLEAR_SITE_DATA = '"cache", "storage"';

/** Every response's security headers, computed once at start rather than per request. */
export function securityHeaders(secure: boolean): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(secure),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'permissions-policy': PERMISSIONS_POLICY,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
    ...(secure ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * The API answers JSON that no browser renders, so its responses carry the
 * few headers that matter for it (no sniffing, no framing, nothing loaded,
 * never stored) and not the page-only ones: every byte is sent on every call.
 */
export function apiSecurityHeaders(secure: boolean): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    // Private answers must never sit in a shared or browser cache.
    'cache-control': 'no-store',
    ...(secure ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export const securityPlugin = fp(
  (
    app: FastifyInstance,
    options: { publicUrl: string; secure: boolean },
    done: (err?: Error) => void,
  ) => {
    const pageHeaders = securityHeaders(options.secure);
    const apiHeaders = apiSecurityHeaders(options.secure);
    const publicOrigin = new URL(options.publicUrl).origin;
    app.addHook('onRequest', (request, reply, next) => {
      reply.headers(request.url.startsWith('/api/') ? apiHeaders : pageHeaders);
      if (!SAFE_METHODS.has(request.method) && isCrossSiteRequest(request, publicOrigin)) {
        next(
          new DomainError(
            'forbidden_origin',
            'This request came from another site and was refused.',
          ),
        );
        return;
      }
      next();
    });
    done();
  },
  { name: 'security' },
);
