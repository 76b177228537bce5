import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './components/app-shell';
import { GuestOnly, RequireAuth } from './components/route-guards';
import { HomePage } from './features/today/home-page';

// The first screen (Today, or Welcome when logged out) ships in the main bundle;
// everything else loads when first visited.
const LoginPage = lazy(() => import('./features/auth/login-page'));
const SignupPage = lazy(() => import('./features/auth/signup-page'));
const QuestionPage = lazy(() => import('./features/question/question-page'));
const HistoryPage = lazy(() => import('./features/history/history-page'));
const PartnerPage = lazy(() => import('./features/partner/partner-page'));
const JoinPage = lazy(() => import('./features/partner/join-page'));
const SettingsPage = lazy(() => import('./features/settings/settings-page'));
const PrivacyPage = lazy(() => import('./features/privacy/privacy-page'));
const MorePage = lazy(() => import('./features/more/more-page'));
const PlanPage = lazy(() => import('./features/plan/plan-page'));
const PrimerPage = lazy(() => import('./features/primer/primer-page'));
const ForYouPage = lazy(() => import('./features/for-you/for-you-page'));
const SupportPage = lazy(() => import('./features/for-you/support-page'));
const CheckPage = lazy(() => import('./features/check/check-page'));
const ResultsPage = lazy(() => import('./features/check/results-page'));
const PulsePage = lazy(() => import('./features/pulse/pulse-page'));
const ProgressPage = lazy(() => import('./features/progress/progress-page'));
const NotFoundPage = lazy(() => import('./features/not-found/not-found-page'));

type Access = 'public' | 'guest' | 'private';

/** Every screen by path and who may open it; the router below is built from this list. */
const pages: readonly { path: string; access: Access; Page: ComponentType }[] = [
  { path: 'login', access: 'guest', Page: LoginPage },
  { path: 'signup', access: 'guest', Page: SignupPage },
  { path: 'join/:code', access: 'public', Page: JoinPage },
  { path: 'privacy', access: 'public', Page: PrivacyPage },
  { path: 'for-you/support', access: 'public', Page: SupportPage },
  { path: 'question', access: 'private', Page: QuestionPage },
  { path: 'history', access: 'private', Page: HistoryPage },
  { path: 'partner', access: 'private', Page: PartnerPage },
  { path: 'settings', access: 'private', Page: SettingsPage },
  { path: 'more', access: 'private', Page: MorePage },
  { path: 'plan', access: 'private', Page: PlanPage },
  { path: 'understand', access: 'private', Page: PrimerPage },
  { path: 'for-you', access: 'private', Page: ForYouPage },
  { path: 'check', access: 'private', Page: CheckPage },
  { path: 'check/results', access: 'private', Page: ResultsPage },
  { path: 'pulse', access: 'private', Page: PulsePage },
  { path: 'progress', access: 'private', Page: ProgressPage },
];

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
