import { Navigate } from 'react-router';
import { CurrentMeContext, useMe } from '../../data/me';
import { hasSessionEnded } from '../../data/session-ended';
import { WelcomePage } from '../welcome/welcome-page';
import { TodayPage } from './today-page';

/**
 * "/" is Today for people who are logged in, and the welcome page for everyone
 * else — unless a session just ended, which goes to log in again.
 */
export function HomePage() {
  const { data: me } = useMe();
  if (!me) return hasSessionEnded() ? <Navigate to="/login" replace /> : <WelcomePage />;
  return (
    <CurrentMeContext.Provider value={me}>
      <TodayPage />
    </CurrentMeContext.Provider>
  );
}
