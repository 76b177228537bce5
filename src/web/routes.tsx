import { type ComponentType, lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { AppShell } from './components/app-shell';
import { GuestOnly, RequireAuth } from './components/route-guards';
import { HomePage } from './features/today/home-page';
import { loadScreenMessages } from './i18n';
import { reloadOnceForFreshAssets } from './lib/fresh-assets';

// The first screen (Today, or Welcome when logged out) ships in the main bundle;
// everything else loads when first visited, or at start when it is the screen opened
// (see preloadScreen).
type ScreenModule = { default: ComponentType };

function screen(loadModule: () => Promise<ScreenModule>) {
  // A screen's words come before it: the first lazy screen loads the other screens' English,
  // and only then the screen's module, whose top level may already look words up.
  const load = () => loadScreenMessages().then(loadModule);
  // A failed load is most often an update on the server since this tab opened: reload once.
  return { load, Page: lazy(() => load().catch(reloadOnceForFreshAssets)) };
}

const login = screen(() => import('./features/auth/login-page'));
const forgotPassword = screen(() => import('./features/auth/forgot-password-page'));
const resetPassword = screen(() => import('./features/auth/reset-password-page'));
const unsubscribe = screen(() => import('./features/notifications/unsubscribe-page'));
const signup = screen(() => import('./features/auth/signup-page'));
const welcomeName = screen(() => import('./features/welcome/name-page'));
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
const dates = screen(() => import('./features/dates/dates-page'));
const gestures = screen(() => import('./features/gestures/gestures-page'));
const gestureLibrary = screen(() => import('./features/gestures/gesture-library-page'));
const notes = screen(() => import('./features/notes/notes-page'));
const exercises = screen(() => import('./features/exercises/exercises-page'));
const exercise = screen(() => import('./features/exercises/exercise-page'));
const exerciseRun = screen(() => import('./features/exercises/run-page'));
const listening = screen(() => import('./features/listening/listening-page'));
const listeningSession = screen(() => import('./features/listening/session-page'));
const checkin = screen(() => import('./features/checkins/checkin-page'));
const checkinFocus = screen(() => import('./features/checkins/focus-page'));
const checkinHistory = screen(() => import('./features/checkins/history-page'));
const vulnerability = screen(() => import('./features/vulnerability/vulnerability-page'));
const vulnerabilityWrite = screen(() => import('./features/vulnerability/write-page'));
const vulnerabilityEntry = screen(() => import('./features/vulnerability/entry-page'));
const projects = screen(() => import('./features/projects/projects-page'));
const newProject = screen(() => import('./features/projects/new-project-page'));
const project = screen(() => import('./features/projects/project-page'));
const decks = screen(() => import('./features/decks/decks-page'));
const deck = screen(() => import('./features/decks/deck-page'));
const deckCard = screen(() => import('./features/decks/card-page'));
const decksTogether = screen(() => import('./features/decks/together-page'));
const challenge = screen(() => import('./features/challenges/challenge-page'));
const hobbies = screen(() => import('./features/interests/hobbies-page'));
const travel = screen(() => import('./features/interests/travel-page'));
const tripPlan = screen(() => import('./features/interests/trip-plan-page'));
const rhythm = screen(() => import('./features/rhythm/rhythm-page'));
const library = screen(() => import('./features/library/library-page'));
const article = screen(() => import('./features/library/article-page'));
const help = screen(() => import('./features/library/help-page'));
const notebook = screen(() => import('./features/library/notebook-page'));
const getSupport = screen(() => import('./features/signals/help-page'));
const getSupportWeek = screen(() => import('./features/signals/week-page'));
const getSupportPrepare = screen(() => import('./features/signals/prepare-page'));
const NotFoundPage = screen(() => import('./features/not-found/not-found-page')).Page;

type Access = 'public' | 'guest' | 'private';

/** Every screen by path and who may open it; the router below is built from this list. */
const pages: readonly {
  path: string;
  access: Access;
  Page: ComponentType;
  load: () => Promise<ScreenModule>;
}[] = [
  { path: 'login', access: 'guest', ...login },
  { path: 'forgot-password', access: 'guest', ...forgotPassword },
  { path: 'reset-password', access: 'public', ...resetPassword },
  { path: 'unsubscribe/:token', access: 'public', ...unsubscribe },
  { path: 'signup', access: 'guest', ...signup },
  { path: 'join/:code', access: 'public', ...join },
  { path: 'privacy', access: 'public', ...privacy },
  { path: 'for-you/support', access: 'public', ...support },
  { path: 'welcome/name', access: 'private', ...welcomeName },
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
  { path: 'dates', access: 'private', ...dates },
  { path: 'decks', access: 'private', ...decks },
  { path: 'decks/together', access: 'private', ...decksTogether },
  { path: 'decks/cards/:cardId', access: 'private', ...deckCard },
  { path: 'decks/:deckSlug', access: 'private', ...deck },
  { path: 'gestures', access: 'private', ...gestures },
  { path: 'gestures/all', access: 'private', ...gestureLibrary },
  { path: 'notes', access: 'private', ...notes },
  { path: 'vulnerability', access: 'private', ...vulnerability },
  { path: 'vulnerability/write/:promptId', access: 'private', ...vulnerabilityWrite },
  { path: 'vulnerability/entries/:entryId', access: 'private', ...vulnerabilityEntry },
  { path: 'projects', access: 'private', ...projects },
  { path: 'projects/new', access: 'private', ...newProject },
  { path: 'projects/:projectId', access: 'private', ...project },
  { path: 'exercises', access: 'private', ...exercises },
  { path: 'exercises/run/:runId', access: 'private', ...exerciseRun },
  { path: 'exercises/:exerciseId', access: 'private', ...exercise },
  { path: 'listening', access: 'private', ...listening },
  { path: 'listening/:sessionId', access: 'private', ...listeningSession },
  { path: 'checkin', access: 'private', ...checkin },
  { path: 'checkin/focus', access: 'private', ...checkinFocus },
  { path: 'checkin/history', access: 'private', ...checkinHistory },
  { path: 'challenge', access: 'private', ...challenge },
  { path: 'hobbies', access: 'private', ...hobbies },
  { path: 'travel', access: 'private', ...travel },
  { path: 'travel/:ideaId', access: 'private', ...tripPlan },
  { path: 'rhythm', access: 'private', ...rhythm },
  { path: 'get-support', access: 'private', ...getSupport },
  { path: 'get-support/week', access: 'private', ...getSupportWeek },
  { path: 'get-support/prepare', access: 'private', ...getSupportPrepare },
  { path: 'library', access: 'private', ...library },
  { path: 'library/:articleId', access: 'private', ...article },
  { path: 'help', access: 'private', ...help },
  { path: 'notebook', access: 'private', ...notebook },
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
