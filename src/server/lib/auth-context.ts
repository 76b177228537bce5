/** Who is asking: resolved once per request from the session cookie. */
export interface AuthContext {
  sessionId: string;
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
