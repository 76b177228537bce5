/**
 * Routing from the private screen each person answers alone (rules S1 and S2).
 * Any "yes" routes only that person; nothing here is ever shown to the partner.
 */
import type { RouteName } from '../shared/limits';

export type ScreenAnswer = 'yes' | 'no' | 'prefer-not';

/** What the person's own screens offer from now on. */
export type Route = RouteName;

export interface ScreenQuestion {
  id: string;
  /** "harm" questions route to couple-free support; "self" questions to crisis lines (S2). */
  group: 'harm' | 'self';
}

/** S2 overrides S1: hopelessness or thoughts of self-harm go to crisis lines at once. */
export function routeFromAnswers(
  questions: readonly ScreenQuestion[],
  answers: Record<string, ScreenAnswer>,
): Route {
  let route: Route = 'together';
  for (const q of questions) {
    if (answers[q.id] !== 'yes') continue;
    if (q.group === 'self') return 'crisis';
    route = 'individual';
  }
  return route;
}

/** Whether couple exercises and couples-therapy suggestions may be offered to this person. */
export function mayOfferCoupleActivities(route: Route): boolean {
  return route === 'together';
}

export const RESCREEN_AFTER_DAYS = 42;

/** The screen is offered again 4–8 weeks later; we use 6 weeks. */
export function nextScreenDue(answeredAt: Date): Date {
  return new Date(answeredAt.getTime() + RESCREEN_AFTER_DAYS * 24 * 3600 * 1000);
}
