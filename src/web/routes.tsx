import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './components/app-shell';
import { GuestOnly, RequireAuth } from './components/route-guards';
import { HomePage } from './features/today/home-page';

// The first screen (Today, or Welcome when logged out) ships in the main bundle;
// everything else loads when first visited.
const LoginPage = lazy(() => import('./features/auth/login-page'));
const SignupPage = lazy(() => import('./features/auth/signup-page'));
const HistoryPage = lazy(() => import('./features/history/history-page'));
const PartnerPage = lazy(() => import('./features/partner/partner-page'));
const JoinPage = lazy(() => import('./features/partner/join-page'));
const SettingsPage = lazy(() => import('./features/settings/settings-page'));
const PrivacyPage = lazy(() => import('./features/privacy/privacy-page'));
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
        <Route element={<RequireAuth />}>
          <Route path="history" element={<HistoryPage />} />
          <Route path="partner" element={<PartnerPage />} />
          <Route path="settings" element={<SettingsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
