import { lazy } from 'react';
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

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<HomePage />} />
        <Route element={<GuestOnly />}>
          <Route path="login" element={<LoginPage />} />
          <Route path="signup" element={<SignupPage />} />
        </Route>
        <Route path="join/:code" element={<JoinPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="for-you/support" element={<SupportPage />} />
        <Route element={<RequireAuth />}>
          <Route path="question" element={<QuestionPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="partner" element={<PartnerPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="more" element={<MorePage />} />
          <Route path="plan" element={<PlanPage />} />
          <Route path="understand" element={<PrimerPage />} />
          <Route path="for-you" element={<ForYouPage />} />
          <Route path="check" element={<CheckPage />} />
          <Route path="check/results" element={<ResultsPage />} />
          <Route path="pulse" element={<PulsePage />} />
          <Route path="progress" element={<ProgressPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
