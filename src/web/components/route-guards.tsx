import { Navigate, Outlet, useLocation } from 'react-router';
import { CurrentMeContext, useMe } from '../data/me';
import { nextPathAfterAuth } from '../features/auth/pending-invite';

/** Screens for logged-in people; anyone else goes to log in and comes back after. */
export function RequireAuth() {
  const { data: me } = useMe();
  const location = useLocation();
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return (
    <CurrentMeContext.Provider value={me}>
      <Outlet />
    </CurrentMeContext.Provider>
  );
}

/** Log in and sign up: someone already logged in moves on. */
export function GuestOnly() {
  const { data: me } = useMe();
  const location = useLocation();
  const from: unknown = location.state?.from;
  if (me) return <Navigate to={nextPathAfterAuth(from)} replace />;
  return <Outlet />;
}
