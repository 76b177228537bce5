import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me } from '../../shared/api';
import { ApiError, api } from './client';
import { setDeviceModeUser } from './device-mode';
import { queryKeys } from './keys';

/** The logged-in person, or null when logged out (a 401 is an answer, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/me');
    setDeviceModeUser(me.user.id);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setDeviceModeUser(null);
      return null;
    }
    throw error;
  }
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
