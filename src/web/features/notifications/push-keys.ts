/**
 * What the page and the service worker both need of a push subscription: the
 * server's key as the browser wants it, the body the server keeps, and the
 * hash the server names a device by. Only what a window and a worker both
 * have (no DOM), so sw/service-worker.ts bundles this same file.
 */
import type { PushSubscriptionBody } from '../../../shared/notifications-api';

export const PUSH_DEVICES_PATH = '/api/me/push-subscriptions';

/** The server's key (base64url) as pushManager.subscribe wants it. */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What the server needs of a subscription (`subscription.toJSON()`), or null when parts are missing. */
export function subscriptionBody(json: PushSubscriptionJSON): PushSubscriptionBody | null {
  const { endpoint, keys } = json;
  const p256dh = keys?.p256dh;
  const auth = keys?.auth;
  if (!endpoint || !p256dh || !auth) return null;
  return { endpoint, keys: { p256dh, auth } };
}

/** SHA-256 of a push address, base64url: how the server names it (PushDevice.endpointHash). */
export async function endpointHash(endpoint: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(endpoint)),
  );
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
