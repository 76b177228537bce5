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
/** The owner's answer to a deck card the partner has not answered. */
export const DECK_ANSWER_TEXT = 'owner-deck-answer-5b9d';
/** A question the owner wrote for the couple's own deck: shared with the partner, nobody else. */
export const OWN_QUESTION_TEXT = 'owner-own-question-e27c';
/** The owner's private "I felt heard" in a listening session: a number, so its serialized form is its mark. */
export const OWNER_LISTENING_RATING = 2;
export const OWNER_LISTENING_MARK = `"rating":${OWNER_LISTENING_RATING},"shared":false`;
/** A note the owner sent the partner: delivered, so the partner's gallery shows it. */
export const NOTE_TEXT = 'owner-note-for-partner-3c8e';
/** A note the owner left for the partner to find weeks from now: nobody else may learn of it yet. */
export const HIDDEN_NOTE_TEXT = 'owner-hidden-note-9d21';
/** The owner's private "not for us" on a gesture shows only as this flag, in the owner's own library. */
export const GESTURE_MARK = '"notForUs":true';
/** The owner's private vulnerability entry: nobody else may learn it exists. */
export const VULNERABILITY_TEXT = 'owner-private-fear-8a1f';
/** An entry the owner shared with the partner: the partner may read it, nobody else. */
export const VULNERABILITY_SHARED_TEXT = 'owner-shared-dream-2c7e';
/** The owner's preparation for this week's check-in (the concern kept private): each note only at its step. */
export const CHECKIN_PREP = {
  appreciation: 'owner-checkin-appreciation-4d1b',
  success: 'owner-checkin-success-8e2a',
  concern: 'owner-checkin-concern-c73f',
  goals: 'owner-checkin-goals-19b6',
} as const;
/** The owner's private reflection on a date the couple had. */
export const DATE_REFLECTION_TEXT = 'owner-date-reflection-6e3a';
/** The owner's private reflection on the couple's weekly challenge. */
export const CHALLENGE_REFLECTION_TEXT = 'owner-challenge-reflection-9d2b';
/** A trip idea the owner added: the partner sees it as an idea, nobody else. */
export const TRAVEL_WISH_TEXT = 'owner-travel-wish-5e81';
/** What the owner wrote in the couple's "what we learned" notebook: the partner reads it, nobody else. */
export const NOTEBOOK_TEXT = 'owner-notebook-entry-4b7d';
/** The owner's private weekly answers ("how have things been"): nobody else may learn them. */
export const OWNER_PRIVATE_WEEK = {
  separation: 'thoughts',
  conflict: 'yes',
  needs: ['low-mood'],
} as const;
export const OWNER_PRIVATE_WEEK_MARK = '"separation":"thoughts"';

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
  /** A prompt the owner has not written to, the owner's private entry and one shared with the partner. */
  vulnerability: { promptId: string; privateEntryId: string; sharedEntryId: string };
  /** A shared project the owner started in the couple, with one step. */
  projects: { projectId: string; stepId: string };
  /** Decks: a content deck, the owner's card with an unrevealed answer, a revealed card, an own question, today's day. */
  decks: {
    deckId: string;
    /** A question of that deck. */
    questionId: string;
    cardId: string;
    revealedCardId: string;
    ownQuestionId: string;
    day: string;
  };
  /** A listening session the owner started with the partner, run to the end and rated privately by the owner. */
  listeningSessionId: string;
  /** The owner's small gesture done today, and a gesture the owner marked "not for us". */
  gestures: { doneId: string; notForUsId: string };
  /** Notes from the owner to the partner: one delivered, one hidden until weeks from now. */
  notes: { deliveredId: string; hiddenId: string };
  /** Check-in: the owner's private concern, an agreement back for review, one made this week. */
  checkins: { concernId: string; agreementId: string; newAgreementId: string };
  /** An exercise run the partner started in step with the owner (who, being routed to private support, is not offered it). */
  exercises: { runId: string; exerciseId: string };
  /** Dates: an idea both matched, a past date with the owner's private reflection, the couple's feed token and a revoked one. */
  dates: { ideaId: string; dateId: string; feedToken: string; revokedFeedToken: string };
  /** This week's challenge, done, with the owner's private reflection. */
  challenges: { weekId: string; challengeId: string };
  /** A hobby the owner marked "no"; a trip both want, planned with one checklist item; the owner's own trip idea. */
  interests: { hobbyId: string; tripIdeaId: string; tripItemId: string; ownerWishId: string };
  /** The owner's private weekly answers and the suggestion of help they asked for ("we tried"). */
  signals: { suggestionId: string };
  /** An article the owner marked read (for the owner only), and the owner's entry in the couple's notebook. */
  library: { articleId: string; entryId: string };
  /** A life event the owner named for the couple (a move): shared with the partner by design. */
  rhythm: { lifeEventId: string };
  /** The owner's export ticket, from the owner's password in the owner's session. */
  export: { ticket: string };
  /** A device the owner turned notifications on for: its id, and the hash of its push address. */
  notifications: { pushDeviceId: string; pushDeviceHash: string };
}

/** What of the owner's may show up in an answer, by topic. */
export type OwnerTopic =
  | 'answer'
  | 'reflection'
  | 'check'
  | 'pulse'
  | 'route'
  | 'email'
  | 'sessions'
  | 'vulnerability'
  | 'deckAnswer'
  | 'ownQuestion'
  | 'listening'
  | 'gestureMark'
  | 'note'
  | 'hiddenNote'
  | 'checkinPrep'
  | 'dateReflection'
  | 'challengeReflection'
  | 'travelWish'
  | 'signal'
  | 'articleRead'
  | 'notebook'
  | 'pushDevice';

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
    vulnerability: [VULNERABILITY_TEXT, world.vulnerability.privateEntryId],
    deckAnswer: [DECK_ANSWER_TEXT],
    ownQuestion: [OWN_QUESTION_TEXT],
    listening: [OWNER_LISTENING_MARK],
    gestureMark: [GESTURE_MARK],
    note: [NOTE_TEXT],
    hiddenNote: [HIDDEN_NOTE_TEXT, world.notes.hiddenId],
    checkinPrep: Object.values(CHECKIN_PREP),
    dateReflection: [DATE_REFLECTION_TEXT],
    challengeReflection: [CHALLENGE_REFLECTION_TEXT],
    travelWish: [TRAVEL_WISH_TEXT, world.interests.ownerWishId],
    // The suggestion, its place on Today, and the private answers behind the rules.
    signal: [world.signals.suggestionId, '"kind":"signal"', OWNER_PRIVATE_WEEK_MARK],
    // A read mark shows as the article's id followed by `"read":true` (the summary's field order).
    articleRead: [`"id":"${world.library.articleId}","read":true`],
    notebook: [NOTEBOOK_TEXT, world.library.entryId],
    pushDevice: [world.notifications.pushDeviceId, world.notifications.pushDeviceHash],
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
