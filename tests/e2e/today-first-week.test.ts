/**
 * Today in the first week, in a real browser. A visitor who is not logged in
 * browses the public pages without a single console error. Ines signs up: Today
 * holds at most three things, one obvious first step and the rest quiet, and
 * everything else behind a closed "More for this week" that opens by
 * keyboard. Once Ines and Sol pair, the day's question comes right after
 * Ines's own private questions, and the who-sees lines of the check and the
 * pulse follow what both of them chose to share. Ines answers "yes" to a
 * private question: Today then shows nothing a glance could read as a
 * warning, and the private support is one neutral tap away. Last, the time
 * zone: a searchable list of cities with their offsets, the device's zone
 * suggested, one Save. Each screen is checked with axe at 360 px and 1280 px,
 * in the light scheme and the dark one.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere, runAxe, settled } from './support/axe';
import {
  browserTier,
  EXIT_ORIGIN,
  launchBrowser,
  openPerson,
  type Person,
  PHONE,
  snap,
  WIDE,
} from './support/browser';
import {
  choose,
  mainHeading,
  navigateTo,
  openAppOnToday,
  pairThroughApi,
  signUpInBrowser,
  signUpThroughApi,
} from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Today's first-week journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
/** Where Ines's phone says it is. */
const DEVICE_ZONE = 'Europe/Paris';

/**
 * Words that, glimpsed on a phone over someone's shoulder, read as a warning
 * or name what the private questions are about.
 */
const ALARMING =
  /\b(afraid|fear\w*|frighten\w*|scared|danger\w*|unsafe|safety|abus\w*|violen\w*|hurt\w*|harm\w*|threat\w*|crisis|emergenc\w*|helpline\w*|hotline\w*|warning\w*|alert\w*|police|suicid\w*|hopeless\w*|control\w*|urgent)\b/i;

/**
 * axe on an open time-zone list, at both widths and in both schemes. While a
 * combo box's list is open, React Aria hides the rest of the page from
 * assistive technology (aria-hidden), as the pattern intends, so axe looks at
 * the open field and its list; the whole page is checked with the list closed.
 */
async function listAccessibleEverywhere(page: Page, label: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of [
      ['360', PHONE],
      ['1280', WIDE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.getByRole('listbox').waitFor();
      // The list lays its rows out again for the new width, a frame or two later.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await settled(page);
      await snap(page, `${label}-${size}-${scheme}`);
      const results = await runAxe(page, [
        '.zone-picker:has([aria-expanded="true"])',
        '[role="listbox"]',
      ]);
      const found = results.violations.map(
        (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found, `axe on the open list "${label}-${size}-${scheme}"`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(PHONE);
}

/**
 * Types into a combo box the way a person does: the field is already in view
 * when they type. (An open list closes when the page scrolls under it, as a
 * native select does; typing from off screen would scroll first.)
 */
async function typeInto(page: Page, field: ReturnType<Page['getByRole']>, text: string) {
  await field.scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await field.fill(text);
}

/** Today, loaded: its heading and its cards (no skeleton left). */
async function openToday(page: Page): Promise<void> {
  await navigateTo(page, 'Today');
  await expect.poll(() => page.locator('main .skeleton').count()).toBe(0);
  await page.getByRole('main').getByRole('article').first().waitFor();
}

function nowSection(page: Page) {
  return page.getByRole('main').getByRole('region', { name: 'For today' });
}

function moreDisclosure(page: Page) {
  return page.getByRole('main').locator('details.disclosure');
}

/** The cards' titles, in order, in a part of the page. */
async function cardTitles(scope: ReturnType<Page['locator']>): Promise<string[]> {
  return scope
    .getByRole('article')
    .evaluateAll((cards) =>
      cards.map((card) => card.querySelector('h3')?.textContent?.trim() ?? ''),
    );
}

/** Opens "More for this week" with the keyboard, the way someone without a mouse would. */
async function openMoreByKeyboard(page: Page): Promise<void> {
  const summary = moreDisclosure(page).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => moreDisclosure(page).evaluate((d) => (d as HTMLDetailsElement).open))
    .toBe(true);
}

/** A person whose phone is set to a given time zone (openPerson's are all in UTC). */
async function openPersonIn(
  browser: Browser,
  baseUrl: string,
  name: string,
  timezoneId: string,
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: PHONE,
    serviceWorkers: 'block',
    locale: 'en-GB',
    timezoneId,
  });
  context.setDefaultTimeout(10_000);
  await context.route(`${EXIT_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  const problems: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`pageerror at ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
  });
  const page = await context.newPage();
  return { name, context, page, problems, outsideRequests: [] };
}

suite(`Today in the first week, in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ines: Person;
  let sol: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ines = await openPersonIn(browser, server.baseUrl, 'Ines', DEVICE_ZONE);
    sol = await openPerson(browser, server.baseUrl, 'Sol');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. a visitor who is not logged in meets no console error and no refused request', async () => {
    // Nothing filtered here: not even a 401 counts as expected.
    const visitor = await openPersonIn(browser, server.baseUrl, 'Visitor', 'UTC');
    const refused: string[] = [];
    visitor.page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
    });
    const { page } = visitor;
    await page.goto('/');
    await mainHeading(page, 'Feel close again, one small question at a time');
    await expectAccessibleEverywhere(page, 'visitor-welcome');
    await page.getByRole('link', { name: 'Log in' }).first().click();
    await mainHeading(page, 'Welcome back');
    await page.goto('/signup');
    await mainHeading(page, 'Create your account');
    await page.goto('/privacy');
    await mainHeading(page, 'Who can read what');
    await page.goto('/');
    await mainHeading(page, 'Feel close again, one small question at a time');
    expect(visitor.problems).toEqual([]);
    expect(refused).toEqual([]);
    await visitor.context.close();
  });

  it('2. a brand-new person: at most three things, one obvious first step, the rest one tap away', async () => {
    // Through the sign-up page: it saves the phone's own time zone, which step 5 relies on.
    await signUpInBrowser(ines, `ines-${token}@example.com`);
    const { page } = ines;
    await openToday(page);
    const now = nowSection(page);
    expect(await cardTitles(now)).toEqual([
      'A few questions just for you',
      'Understand the three kinds of closeness',
      "Today's question",
    ]);
    // One primary button, on the first card, which alone says it is the next step.
    const first = now.getByRole('article').first();
    expect(await now.locator('.button--primary').count()).toBe(1);
    expect(await first.locator('.button--primary').textContent()).toBe('Open');
    expect(await now.getByText('Your next step').count()).toBe(1);
    expect(await first.getByText('Your next step').count()).toBe(1);
    // The first card invites to the private questions without showing one.
    const firstText = (await first.textContent()) ?? '';
    expect(firstText).toContain('Answer when you are alone, on a device only you use.');
    expect(firstText).not.toMatch(ALARMING);
    expect(firstText).not.toContain('?');

    // Everything else waits, closed, behind one control.
    const more = moreDisclosure(page);
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.getByText('More for this week').waitFor();
    await page.getByText('5 things').waitFor();
    expect(await page.getByRole('link', { name: 'Start the check' }).count()).toBe(0);
    // The week's counts say what they count.
    const week = page.getByRole('main').getByRole('region', { name: 'This week' });
    // The daily question and the small gesture, each counted in days.
    await week.getByText('0 of 7 days').first().waitFor();
    expect(await week.getByText('0 of 7 days').count()).toBe(2);
    await week.getByText('Not yet this week').waitFor();
    await expectAccessibleEverywhere(page, 'ines-today-new');

    await openMoreByKeyboard(page);
    expect(await cardTitles(more)).toEqual([
      'Take the check',
      'A small gesture',
      "This week's pulse",
      'Rekindle is made for two',
      'A prompt for you this week',
    ]);
    await more.getByRole('link', { name: 'Start the check' }).waitFor();
    // Alone, nobody else could see the check or the pulse.
    expect(await more.getByText('Who sees this: Only you').count()).toBeGreaterThanOrEqual(2);
    await expectAccessibleEverywhere(page, 'ines-today-more-open');
    expect(ines.problems).toEqual([]);
  });

  it('3. paired: the day’s question right after Ines’s own private questions; who sees follows what both chose', async () => {
    // Pairing through the Partner page has journeys of its own (pairing, program).
    await signUpThroughApi(sol, `sol-${token}@example.com`);
    await pairThroughApi(ines, sol);
    // Ines's open app learns of Sol when it loads again.
    await openAppOnToday(ines);
    const { page } = ines;
    await openToday(page);
    expect(await cardTitles(nowSection(page))).toEqual([
      'A few questions just for you',
      "Today's question",
      'Understand the three kinds of closeness',
    ]);
    await openToday(sol.page);
    expect(await cardTitles(nowSection(sol.page))).toEqual([
      'A few questions just for you',
      "Today's question",
      'Understand the three kinds of closeness',
    ]);

    const more = moreDisclosure(page);
    const pulse = more.getByRole('article').filter({ hasText: "This week's pulse" });
    const check = more.getByRole('article').filter({ hasText: 'Take the check' });
    await openMoreByKeyboard(page);
    await pulse.getByText('Who sees this: Only you').waitFor();
    await check.getByText('Who sees this: Only you').waitFor();

    // Only Ines opts in: still only Ines sees anything.
    for (const topic of ['check', 'progress']) {
      const res = await ines.context.request.put(`/api/sharing/${topic}`, {
        data: { share: true },
      });
      expect(res.status()).toBe(200);
    }
    await page.reload();
    await openToday(page);
    await openMoreByKeyboard(page);
    await pulse.getByText('Who sees this: Only you').waitFor();
    await check.getByText('Who sees this: Only you').waitFor();

    // Both opt in: Today says so, as the check and the pulse screens do.
    for (const topic of ['check', 'progress']) {
      const res = await sol.context.request.put(`/api/sharing/${topic}`, { data: { share: true } });
      expect(res.status()).toBe(200);
    }
    await page.reload();
    await openToday(page);
    await openMoreByKeyboard(page);
    await pulse.getByText('Who sees this: Shared with Sol').waitFor();
    await check.getByText('Who sees this: Shared with Sol').waitFor();
    expect(await more.getByText('Only you').count()).toBe(0);
    await expectAccessibleEverywhere(page, 'ines-today-shared');

    // Sol stops sharing: back to "Only you", never a promise the server does not keep.
    for (const topic of ['check', 'progress']) {
      await sol.context.request.put(`/api/sharing/${topic}`, { data: { share: false } });
    }
    await page.reload();
    await openToday(page);
    await openMoreByKeyboard(page);
    await pulse.getByText('Who sees this: Only you').waitFor();
    await check.getByText('Who sees this: Only you').waitFor();
  });

  it('4. after a "yes" to a private question, Today reads as calm as any other day', async () => {
    const { page } = ines;
    await openToday(page);
    await nowSection(page).getByRole('link', { name: 'Open' }).click();
    await mainHeading(page, 'Just for you');
    await page.getByRole('button', { name: 'Start' }).click();
    for (let n = 1; n <= 6; n += 1) {
      await page.getByText(`Question ${n} of 6`).waitFor();
      const group =
        (await page.getByRole('main').getByRole('heading', { level: 2 }).textContent()) ?? '';
      await choose(page, group, n === 1 ? 'Yes' : 'No');
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { name: 'Where should we keep this?' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();

    await openToday(page);
    expect(await page.title()).toBe('Today · Rekindle');
    const main = page.getByRole('main');
    const first = nowSection(page).getByRole('article').first();
    await first.getByRole('heading', { name: 'Just for you' }).waitFor();
    // Nothing to read as a warning: no such words, colours or alerts, open or closed.
    await openMoreByKeyboard(page);
    const text = (await main.textContent()) ?? '';
    expect(text.match(ALARMING)).toBeNull();
    expect(await main.locator('[role="alert"], [class*="danger"], [class*="alert"]').count()).toBe(
      0,
    );
    const alarmingColours = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const probe = document.createElement('span');
      document.body.append(probe);
      const colours = ['--danger', '--danger-text', '--danger-soft'].map((name) => {
        probe.style.color = root.getPropertyValue(name).trim();
        return getComputedStyle(probe).color;
      });
      probe.remove();
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('main *')) {
        const style = getComputedStyle(element);
        for (const value of [style.color, style.backgroundColor, style.borderTopColor]) {
          if (colours.includes(value)) found.push(`${element.tagName}.${element.className}`);
        }
      }
      return found;
    });
    expect(alarmingColours).toEqual([]);
    // No couple exercise is offered to Ines now; the private questions are not asked again.
    expect(await main.getByRole('heading', { name: "Today's question" }).count()).toBe(0);
    expect(await main.getByText('A few questions just for you').count()).toBe(0);
    await expectAccessibleEverywhere(page, 'ines-today-after-yes');

    // The private support is one neutral tap away.
    await first.getByRole('link', { name: 'Open' }).click();
    await page.waitForURL((url) => url.pathname === '/for-you/support');
    await mainHeading(page, 'People who can help');
    expect(ines.problems).toEqual([]);
  });

  it('5. the time zone: search a city or an offset, the device’s zone suggested, one Save', async () => {
    const { page } = ines;
    await page.goto('/settings');
    await mainHeading(page, 'Settings');
    const mine = page.getByRole('combobox', { name: 'Your time zone' });
    const shared = page.getByRole('combobox', { name: 'Your shared time zone' });
    // Signed up on a phone set to Paris: that is the saved zone, so nothing to suggest.
    await expect.poll(() => mine.inputValue()).toMatch(/^Paris \(UTC\+0[12]:00\)$/);
    expect(await page.getByText('This device is set to').count()).toBe(0);
    const section = page.getByRole('region', { name: 'Time zones' });
    const save = section.getByRole('button', { name: 'Save' });
    expect(await save.count()).toBe(1);
    expect(await save.isDisabled()).toBe(true);

    // A city, typed in part.
    await typeInto(page, mine, 'kolk');
    const kolkata = page.getByRole('option', { name: /^Kolkata UTC\+05:30/ });
    await kolkata.waitFor();
    expect(await page.getByRole('option').count()).toBe(1);
    await listAccessibleEverywhere(page, 'ines-time-zone-search');
    // Back on the phone's width the list may have closed (the page moved under it): typed again.
    await typeInto(page, mine, 'kolk');
    await kolkata.waitFor();
    await mine.press('ArrowDown');
    // Enter picks the row the arrow put the focus on, once it is on it (as a person sees it).
    await expect.poll(() => mine.getAttribute('aria-activedescendant')).toBeTruthy();
    await mine.press('Enter');
    // The field shows the choice once the list has handed it over (a render later).
    await expect.poll(() => mine.inputValue()).toBe('Kolkata (UTC+05:30)');
    // An offset finds every city on it, and nothing on a neighbouring one.
    await typeInto(page, shared, '+5:45');
    await page.getByRole('option', { name: /^Kathmandu UTC\+05:45/ }).waitFor();
    expect(await page.getByRole('option', { name: /Kolkata/ }).count()).toBe(0);
    await typeInto(page, shared, 'somewhere nowhere');
    await page.getByText('No time zone matches that.').waitFor();
    await shared.press('Escape');
    await shared.blur();

    await save.click();
    await section.getByText('Saved.').waitFor();
    const me = await ines.context.request.get('/api/me');
    expect(['Asia/Calcutta', 'Asia/Kolkata']).toContain((await me.json()).user.timeZone);
    // The shared zone was only searched, never chosen: it is unchanged.
    expect((await me.json()).couple.timeZone).toBe(DEVICE_ZONE);

    // Now the saved zone differs from the phone's: the phone's is suggested, one tap away.
    await page.getByText(/This device is set to Paris \(UTC\+0[12]:00\)\./).waitFor();
    await page.getByRole('button', { name: 'Use Paris' }).click();
    await expect.poll(() => mine.inputValue()).toMatch(/^Paris/);
    expect(await page.getByText('This device is set to').count()).toBe(0);
    await save.click();
    await section.getByText('Saved.').waitFor();
    expect((await (await ines.context.request.get('/api/me')).json()).user.timeZone).toBe(
      DEVICE_ZONE,
    );

    // The whole list, west to east, from its button.
    const showAll = section.getByRole('button', { name: 'Show all time zones' }).first();
    await showAll.scrollIntoViewIfNeeded();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await showAll.click();
    // It opens at the chosen zone; only the rows in view are drawn, each knowing the list's size.
    const paris = page.getByRole('option', { name: /^Paris UTC/ });
    await paris.waitFor();
    expect(await paris.getAttribute('aria-selected')).toBe('true');
    expect(Number(await paris.getAttribute('aria-setsize'))).toBeGreaterThan(300);
    // From the top, west to east.
    await page.getByRole('listbox').evaluate((list) => {
      list.scrollTop = 0;
    });
    const firstRow = page.getByRole('option').first();
    await expect.poll(() => firstRow.getAttribute('aria-posinset')).toBe('1');
    expect(await firstRow.locator('.zone-picker__offset').textContent()).toMatch(
      /^UTC\u221211:00|^UTC\u221212:00/,
    );
    await listAccessibleEverywhere(page, 'ines-time-zone-list');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await expectAccessibleEverywhere(page, 'ines-settings-time-zones');
    expect(ines.problems).toEqual([]);
  });
});
