import type { Route } from '../../core/private-screen';

/** Who is asking: resolved once per request from the session cookie. */
export interface AuthContext {
  sessionId: string;
  /**
   * This person's own routing from the private screen (never the partner's):
   * the strongest of what they kept in their account, this session, or this device.
   */
  route: Route;
  /** Where the routing flag is kept, if anywhere on the server. */
  routeKept: 'account' | 'session' | 'nowhere';
  user: {
    id: string;
    email: string;
    displayName: string;
    timeZone: string;
    createdAt: string;
  };
  couple: {
    id: string;
    timeZone: string;
    since: string;
    partnerId: string;
    partnerName: string;
  } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Routes are private unless they say they are public. */
    public?: boolean;
  }
}
