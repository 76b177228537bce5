/**
 * Values the server and the web must agree on: the server's limits (used by
 * its schemas and the web's forms), the private screen's routes and the
 * header that carries a route kept on the device. No zod here: the web
 * imports this file without pulling in the schemas.
 */
export const LIMITS = {
  passwordMin: 10,
  passwordMax: 256,
  displayName: 60,
  answer: 4000,
  reflection: 2000,
} as const;

/** Where the private screen routes a person, least to most protective. */
export const ROUTES = ['together', 'individual', 'crisis'] as const;
export type RouteName = (typeof ROUTES)[number];

/** A route kept "on this device only" travels with each request in this header. */
export const DEVICE_ROUTE_HEADER = 'x-rekindle-mode';
