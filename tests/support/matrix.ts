/**
 * The authorization matrix's shared vocabulary. Each feature declares its
 * entries in `src/server/features/<feature>/<feature>.matrix.ts` with these
 * types; tests/http/authorization-matrix.test.ts assembles and runs them.
 * Only tests import this module or the `.matrix.ts` files.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Person } from './test-app';

export type Actor = 'owner' | 'partner' | 'stranger' | 'anonymous';
/** The owner's daily answer. */
export const SECRET_TEXT = 'owner-private-words-7f3a';
/** The owner's primer reflection. */
export const REFLECTION_TEXT = 'owner-primer-reflection-c41e';
/** The owner's weekly pulse: a pulse is numbers only, so its serialized values are its mark. */
export const OWNER_PULSE = { emotional: 3, physical: 9, intellectual: 2, talk: 8 };
export const OWNER_PULSE_MARK = '"emotional":3,"physical":9,"intellectual":2,"talk":8';
/** `afraid: yes` routes the owner to private support; the flag is kept in the account. */
export const OWNER_ROUTE = 'individual';

export interface World {
  owner: Person;
  partner: Person;
  stranger: Person;
  inviteCode: string;
  questionId: string;
  ownerOtherSessionId: string;
  primerCardId: string;
  ownerCheckId: string;
  ownerSessionIds: string[];
}

/** What of the owner's may show up in an answer, by topic. */
export type OwnerTopic =
  | 'answer'
  | 'reflection'
  | 'check'
  | 'pulse'
  | 'route'
  | 'email'
  | 'sessions';

/** The strings that give each of the owner's topics away. */
export function ownerMarks(world: World): Record<OwnerTopic, string[]> {
  return {
    answer: [SECRET_TEXT],
    reflection: [REFLECTION_TEXT],
    check: [world.ownerCheckId],
    pulse: [OWNER_PULSE_MARK],
    // The flag shows as the route, as `individual: true` (plan, Today) or as Today's support item.
    route: [`"route":"${OWNER_ROUTE}"`, '"individual":true', '"kind":"support"'],
    email: [world.owner.email],
    sessions: world.ownerSessionIds,
  };
}

/** Nobody but the owner gets anything of the owner's, except the topics a route legitimately reveals. */
export function expectNothingOfOwner(
  body: string,
  actor: Actor,
  world: World,
  reveals: OwnerTopic[] = [],
): void {
  if (actor === 'owner') return;
  for (const [topic, marks] of Object.entries(ownerMarks(world))) {
    if (reveals.includes(topic as OwnerTopic)) continue;
    for (const mark of marks) {
      expect(body, `${actor} gets the owner's ${topic}`).not.toContain(mark);
    }
  }
}

export interface Call {
  url?: string;
  body?: unknown;
}

export interface RouteCase {
  call: (world: World, actor: Actor) => Call;
  expect: Record<Actor, number>;
  /** For these actors, the answer must equal the answer for a record that does not exist. */
  sameAsMissing?: { actors: Actor[]; missing: (world: World) => Call };
  /** Further checks, e.g. that nothing of the owner's leaked. */
  check?: (res: LightMyRequestResponse, actor: Actor, world: World) => void;
  /** Topics of the owner's this route legitimately shows to these actors. */
  reveals?: Partial<Record<Actor, OwnerTopic[]>>;
  /** One caller's success changes what the next one gets: each call gets a fresh world. */
  worldPerCall?: true;
}

/** `<METHOD> <url pattern>`, as in the app's routeCatalog. */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

/** One feature's entries: exactly the routes it registers. */
export type FeatureMatrix = Record<RouteKey, RouteCase>;

export const none = (): Call => ({});
export const own = { owner: 200, partner: 200, stranger: 200, anonymous: 401 };
export const noLeak = (res: LightMyRequestResponse, actor: Actor) => {
  if (actor !== 'owner') expect(res.body).not.toContain(SECRET_TEXT);
};
