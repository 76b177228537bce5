/**
 * The OpenID Connect side of single sign-on (openid-client): the provider's
 * settings are discovered once, on first use, and kept; the authorization
 * code flow uses PKCE, state and nonce.
 */
import * as oidc from 'openid-client';
import type { SsoConfig } from '../../config';

/** What the provider tells us about the person, once its answer has checked out. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

export interface SsoClient {
  /** Where to send the browser, and the secrets its return must match. */
  begin(): Promise<{ url: string; state: string; nonce: string; verifier: string }>;
  /** Redeems the code in the callback URL; throws when anything does not match. */
  finish(
    callbackUrl: URL,
    expected: { state: string; nonce: string; verifier: string },
  ): Promise<ProviderIdentity>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function createSsoClient(config: SsoConfig, redirectUri: string): SsoClient {
  const issuerUrl = new URL(config.issuer);
  // Plain http only for a provider on this machine (a test, or a local setup).
  const insecure = issuerUrl.protocol === 'http:' && LOOPBACK.has(issuerUrl.hostname);
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(
        issuerUrl,
        config.clientId,
        config.clientSecret,
        undefined,
        insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return {
    async begin() {
      const provider = await configuration();
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(provider, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, verifier };
    },

    async finish(callbackUrl, expected) {
      const provider = await configuration();
      const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: expected.verifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider sent no ID token');
      // Providers may keep email and name for the userinfo endpoint.
      const info = await oidc.fetchUserInfo(provider, tokens.access_token, claims.sub);
      const email = text(info.email) ?? text(claims.email);
      const verified = info.email !== undefined ? info.email_verified : claims.email_verified;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email,
        emailVerified: verified === true,
        name:
          text(info.name) ?? text(claims.name) ?? text(info.given_name) ?? text(claims.given_name),
      };
    },
  };
}
