/**
 * Hooks that belong to routes rather than to every request: a plugin adds its
 * hook to each route as the route is added (an `onRoute` hook), with what it
 * needs of the route (its pattern, its config) already in hand. A request then
 * runs only its own route's hooks and never looks its route up again; Fastify
 * builds a new `routeOptions` object on every read.
 */

/** A route option's hooks as a list (Fastify takes one, a list, or none). */
export function hooksOf<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}
