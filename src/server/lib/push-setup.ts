/**
 * What the server needs to send web push: its VAPID keys and contact, and
 * which push service addresses a subscription may name.
 */
import { isIP } from 'node:net';
import type { VapidKeys } from './vapid';

export interface PushSetup {
  keys: VapidKeys;
  /** The JWT's `sub`: mailto:<address> or an https: URL (config.vapidSubject). */
  subject: string;
  /**
   * Whether a subscription may name this address; `publicPushService` when
   * absent. Tests allow a loopback http:// endpoint of their own.
   */
  endpointAllowed?: (endpoint: URL) => boolean;
}

/** Names that never reach a public push service. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|home|lan|localdomain)$/i;

/**
 * A push service on the internet: https://, no user or password, a host
 * name with a dot that is not an address literal nor a local name. The
 * server posts to whatever a subscription names, so this keeps it from being
 * pointed at machines of its own network.
 */
export function publicPushService(endpoint: URL): boolean {
  const host = endpoint.hostname.replace(/^\[|\]$/g, '');
  return (
    endpoint.protocol === 'https:' &&
    endpoint.username === '' &&
    endpoint.password === '' &&
    host.includes('.') &&
    isIP(host) === 0 &&
    !LOCAL_NAMES.test(host.replace(/\.$/, ''))
  );
}
