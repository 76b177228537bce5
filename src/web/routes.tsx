import { type ComponentType, lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { AppShell } from './components/app-shell';
import { GuestOnly, RequireAuth } from './components/route-guards';
import { HomePage } from './features/today/home-page';

// The first screen (Today, or Welcome when logged out) ships in the main bundle;
// everything else loads when first visited, or at start when it is the screen opened
// (see preloadScreen).
type ScreenModule = { default: ComponentType };

function screen(load: () => Promise<ScreenModule>) {
  return { load, Page: lazy(load) };
}

const login = screen(() => import('./features/auth/login-page'));
const signup = screen(() => import('./features/auth/signup-page'));
const question = screen(() => import('./features/question/question-page'));
const history = screen(() => import('./features/history/history-page'));
const partner = screen(() => import('./features/partner/partner-page'));
const join = screen(() => import('./features/partner/join-page'));
const settings = screen(() => import('./features/settings/settings-page'));
const privacy = screen(() => import('./features/privacy/privacy-page'));
const more = screen(() => import('./features/more/more-page'));
const plan = screen(() => import('./features/plan/plan-page'));
const primer = screen(() => import('./features/primer/primer-page'));
const forYou = screen(() => import('./features/for-you/for-you-page'));
const support = screen(() => import('./features/for-you/support-page'));
const check = screen(() => import('./features/check/check-page'));
const results = screen(() => import('./features/check/results-page'));
const pulse = screen(() => import('./features/pulse/pulse-page'));
const progress = screen(() => import('./features/progress/progress-page'));
const NotFoundPage = lazy(() => import('./features/not-found/not-found-page'));

type Access = 'public' | 'guest' | 'private';

/** Every screen by path and who may open it; the router below is built from this list. */
const pages: readonly {
  path: string;
  access: Access;
  Page: ComponentType;
  load: () => Promise<ScreenModule>;
}[] = [
  { path: 'login', access: 'guest', ...login },
  { path: 'signup', access: 'guest', ...signup },
  { path: 'join/:code', access: 'public', ...join },
  { path: 'privacy', access: 'public', ...privacy },
  { path: 'for-you/support', access: 'public', ...support },
  { path: 'question', access: 'private', ...question },
  { path: 'history', access: 'private', ...history },
  { path: 'partner', access: 'private', ...partner },
  { path: 'settings', access: 'private', ...settings },
  { path: 'more', access: 'private', ...more },
  { path: 'plan', access: 'private', ...plan },
  { path: 'understand', access: 'private', ...primer },
  { path: 'for-you', access: 'private', ...forYou },
  { path: 'check', access: 'private', ...check },
  { path: 'check/results', access: 'private', ...results },
  { path: 'pulse', access: 'private', ...pulse },
  { path: 'progress', access: 'private', ...progress },
];

/**
 * Starts loading the code of the screen at `pathname`, so it arrives alongside the
 * first API call instead of after it. A failure here is left to the screen's own load.
 */
export function preloadScreen(pathname: string): void {
  const page = pages.find(({ path }) => matchPath(`/${path}`, pathname));
  page?.load().catch(() => {});
}

function routesFor(access: Access) {
  return pages
    .filter((p) => p.access === access)
    .map(({ path, Page }) => <Route key={path} path={path} element={<Page />} />);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<HomePage />} />
        <Route element={<GuestOnly />}>{routesFor('guest')}</Route>
        {routesFor('public')}
        <Route element={<RequireAuth />}>{routesFor('private')}</Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
