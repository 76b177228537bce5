/**
 * Small steps of the program journey: sign up through the UI, pair two people
 * through a real invite, move a slider by keyboard, pick a labelled option,
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

/** Goes to a main-bar destination the way a person would (the bar, not the address bar). */
export async function navigateTo(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

/** Sets a labelled 0–10 range input by keyboard (Home, then ArrowRight). */
export async function setSlider(page: Page, label: string, value: number): Promise<void> {
  const slider = page.getByRole('slider', { name: label });
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < value; i += 1) await slider.press('ArrowRight');
  expect(await slider.inputValue()).toBe(String(value));
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
