/**
 * "Keep it on this device only": the person's own route from the private
 * screen lives in this browser's storage (under a neutral key), and every API
 * request carries it so the server can shape this person's responses without
 * keeping anything itself. The stored value names its owner, so anyone else
 * who logs in on the same browser is not affected (and cannot tell).
 */
import { DEVICE_ROUTE_HEADER, ROUTES, type RouteName } from '../../shared/limits';

export type DeviceMode = RouteName;

const KEY = 'rk.mode';
export const DEVICE_MODE_HEADER = DEVICE_ROUTE_HEADER;

let activeUserId: string | null = null;

/** Called whenever "me" loads (or is gone), so only its owner's route is sent. */
export function setDeviceModeUser(userId: string | null): void {
  activeUserId = userId;
}

function isMode(value: string | undefined): value is DeviceMode {
  return (ROUTES as readonly (string | undefined)[]).includes(value);
}

export function readDeviceMode(): DeviceMode | null {
  if (!activeUserId) return null;
  try {
    const [owner, mode] = (localStorage.getItem(KEY) ?? '').split(':');
    return owner === activeUserId && isMode(mode) ? mode : null;
  } catch {
    return null;
  }
}

export function saveDeviceMode(mode: DeviceMode): void {
  if (!activeUserId) return;
  try {
    localStorage.setItem(KEY, `${activeUserId}:${mode}`);
  } catch {
    // Storage refused: nothing is kept, as with "don't remember".
  }
}

/** Forgets the route kept on this device (only the active person's). */
export function clearDeviceMode(): void {
  if (!activeUserId) return;
  try {
    if ((localStorage.getItem(KEY) ?? '').startsWith(`${activeUserId}:`)) {
      localStorage.removeItem(KEY);
    }
  } catch {
    // Nothing was kept.
  }
}
