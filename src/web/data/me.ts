import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me, SessionState } from '../../shared/api';
import { api } from './client';
import { setDeviceModeUser } from './device-mode';
import { queryKeys } from './keys';

/**
 * The logged-in person, or null when logged out. Asked of a public route that
 * answers every visitor, so a logged-out visit makes no failed request.
 */
export async function fetchMe(): Promise<Me | null> {
  const { me } = await api.get<SessionState>('/api/session');
  setDeviceModeUser(me?.user.id ?? null);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
}

/** Provided by the logged-in area once "me" has loaded; never null inside it. */
export const CurrentMeContext = createContext<Me | null>(null);

export function useCurrentMe(): Me {
  const me = useContext(CurrentMeContext);
  if (!me) throw new Error('useCurrentMe used outside the logged-in area');
  return me;
}
