/**
 * Small steps of the program journey: sign up through the UI, pair two people
 * through a real invite (or both through the API, where they are not the
 * subject), move a slider by keyboard, pick a labelled option,
 * and read what a person's own API answers (to compare before and after).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Person } from './browser';

export const PASSWORD = 'a calm and long passphrase';

export async function mainHeading(page: Page, name?: string | RegExp) {
  const heading = page.getByRole('main').getByRole('heading', { level: 1, name });
  await heading.waitFor();
  return heading;
}

/** Signs up on the sign-up page and waits for Today. */
export async function signUpInBrowser(person: Person, email: string): Promise<void> {
  const { page } = person;
  await page.goto('/signup');
  await mainHeading(page, 'Create your account');
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.waitForURL((url) => url.pathname === '/');
  await mainHeading(page, 'Today');
}

/**
 * Creates the account through the API from the person's own browser context, which
 * keeps the session cookie; with the device's time zone, as the sign-up page sends it.
 */
async function createAccountThroughApi(person: Person, email: string): Promise<void> {
  const timeZone = await person.page.evaluate(
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const res = await person.context.request.post('/api/auth/signup', {
    data: { email, password: PASSWORD, displayName: person.name, timeZone },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/**
 * Opens the app on Today, freshly loaded, so it shows what the server holds now.
 * Often the first load in a fresh browser, which on a busy machine may take longer
 * than one step of a journey (the sign-up page had a wait of its own for that).
 */
export async function openAppOnToday(person: Person): Promise<void> {
  await person.page.goto('/', { timeout: 30_000 });
  await person.page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });
  await mainHeading(person.page, 'Today');
}

/**
 * Signs up through the API, logged in in this browser as after the sign-up page,
 * and opens the app on Today. For journeys where signing up is not the subject:
 * the sign-up page itself is walked through in the pairing, first-week, SSO,
 * program and quick-exit journeys.
 */
export async function signUpThroughApi(person: Person, email: string): Promise<void> {
  await createAccountThroughApi(person, email);
  await openAppOnToday(person);
}

/**
 * Two new people, signed up and paired through the API, each then on a freshly
 * loaded Today that already knows the partner (no live update to wait for).
 */
export async function pairedThroughApi(
  inviter: Person,
  inviterEmail: string,
  joiner: Person,
  joinerEmail: string,
): Promise<void> {
  await Promise.all([
    createAccountThroughApi(inviter, inviterEmail),
    createAccountThroughApi(joiner, joinerEmail),
  ]);
  await pairThroughApi(inviter, joiner);
  await Promise.all([openAppOnToday(inviter), openAppOnToday(joiner)]);
}

/** `inviter` creates an invite on the Partner page; `joiner` opens the link and joins. */
export async function pair(inviter: Person, joiner: Person): Promise<void> {
  await inviter.page.goto('/partner');
  await inviter.page.getByRole('button', { name: 'Create an invite' }).click();
  const link = ((await inviter.page.getByText('/join/').textContent()) ?? '').trim();
  await joiner.page.goto(link);
  await mainHeading(joiner.page, 'Join your partner');
  await joiner.page.getByRole('button', { name: 'Join' }).click();
  await joiner.page.waitForURL((url) => url.pathname === '/');
  await inviter.page
    .getByRole('heading', { name: `You're linked with ${joiner.name}` })
    .waitFor({ timeout: 5_000 });
}

/** Pairs two people through the API (an invite and its code), for journeys where pairing is not the subject. */
export async function pairThroughApi(inviter: Person, joiner: Person): Promise<void> {
  const invite = await inviter.context.request.post('/api/couple/invites');
  expect(invite.status(), await invite.text()).toBe(201);
  const { code } = (await invite.json()) as { code: string };
  const joined = await joiner.context.request.post('/api/couple/join', { data: { code } });
  expect(joined.status(), await joined.text()).toBe(200);
}

/** Goes to a main-bar destination the way a person would (the bar, not the address bar). */
export async function navigateTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

/** Picks an option in a radio group by clicking its visible label. */
export async function choose(page: Page, group: string, option: string): Promise<void> {
  const radios = page.getByRole('radiogroup', { name: group });
  await radios.getByText(option, { exact: true }).click();
  await expect
    .poll(() => radios.getByRole('radio', { name: option, exact: true }).isChecked())
    .toBe(true);
}

/** The JSON body of a GET as this person sees it (their cookies, their device). */
export async function apiText(person: Person, path: string): Promise<string> {
  const res = await person.context.request.get(path);
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return res.text();
}

/** All text of the main landmark (hidden tables too), for before/after comparisons. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.getByRole('main').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The shipped check: 21 statements, 7 per kind, four to a screen, then causes and signs. */
export const CHECK_SCREENS = 8;
export const FIRST_STATEMENT =
  'I can talk openly with my partner about what is going on inside me.';
export const NOT_ANSWERED = 'Not answered yet';

/** The statement's two sliders, found through its group (a fieldset named by the statement). */
export function statement(page: Page, text: string) {
  const group = page.getByRole('group', { name: text });
  return {
    group,
    now: group.getByRole('slider', { name: 'How it is now' }),
    wish: group.getByRole('slider', { name: "How I'd like it" }),
  };
}

/** Chooses a rating by keyboard: Home chooses the low end, then one step right per point. */
export async function rate(slider: ReturnType<Page['getByRole']>, value: number): Promise<void> {
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < value; i += 1) await slider.press('ArrowRight');
  expect(await slider.getAttribute('aria-valuetext')).toBe(`${value} out of 10`);
}

/** Ticks "Skip this one" for every statement on the screen not yet rated twice nor skipped. */
export async function skipTheRest(page: Page): Promise<void> {
  const statements = page.getByRole('main').locator('fieldset.statement');
  for (let i = 0; i < (await statements.count()); i += 1) {
    const group = statements.nth(i);
    const skip = group.getByRole('checkbox', { name: 'Skip this one' });
    if (await skip.isChecked()) continue;
    const texts = await group
      .getByRole('slider')
      .evaluateAll((sliders) => sliders.map((slider) => slider.getAttribute('aria-valuetext')));
    if (texts.includes(NOT_ANSWERED)) await group.locator('.statement__skip').click();
    await expect.poll(() => skip.isChecked()).toBe(texts.includes(NOT_ANSWERED));
  }
}
