/**
 * A real OpenID Connect provider (oidc-provider) on loopback, for the single
 * sign-on tests. It knows a few people by subject and serves one client.
 *
 * Its login comes in two kinds: `automatic` signs in whoever `signInNext`
 * named, for tests that follow the browser's hops by hand; `form` shows a
 * small page asking for an email, as a person in a browser would see it.
 * Consent is given at once in both.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name?: string;
  given_name?: string;
}

export interface ProviderOptions {
  clientId: string;
  clientSecret: string;
  /** Where the provider may send the browser back: PUBLIC_URL/api/auth/sso/callback. */
  redirectUri: string;
  login?: 'automatic' | 'form';
}

export interface TestProvider {
  /** e.g. http://127.0.0.1:41234 — what OIDC_ISSUER is set to. */
  issuer: string;
  /** Makes the provider know a person; answers their subject. */
  addPerson(account: ProviderAccount): string;
  /** Who the automatic login signs in next. */
  signInNext(subject: string): void;
  close(): Promise<void>;
}

/** The page of the `form` login, with a line above the form when the email was not known. */
function loginPage(problem?: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Test provider</title></head><body>',
    '<h1>Test provider sign-in</h1>',
    problem ? `<p role="alert">${problem}</p>` : '',
    '<form method="post"><label>Email address <input name="email" type="email" required></label>',
    '<button type="submit">Continue</button></form></body></html>',
  ].join('');
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return new URLSearchParams(text);
}

export async function startOidcProvider(options: ProviderOptions): Promise<TestProvider> {
  const people = new Map<string, ProviderAccount>();
  let nextSubject = '';
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name'],
    },
    cookies: { keys: ['a-cookie-key-only-for-tests'] },
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}`,
    },
    findAccount: async (_ctx: KoaContextWithOIDC, sub: string) => {
      const account = people.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  });

  const logIn = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (options.login !== 'form') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextSubject } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const email = req.method === 'POST' ? (await formBody(req)).get('email') : null;
    const subject = [...people].find(([, account]) => account.email === email)?.[0];
    if (subject === undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(loginPage(email === null ? undefined : 'No one with that email here.'));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: subject } },
      { mergeWithLastSubmission: false },
    );
  };

  const interact = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      await logIn(req, res);
      return;
    }
    const accountId = details.session?.accountId ?? nextSubject;
    const grant = new provider.Grant({ accountId, clientId: options.clientId });
    grant.addOIDCScope('openid email profile');
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  };

  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    handle(req, res);
  });

  let subjects = 0;
  return {
    issuer,
    addPerson: (account) => {
      subjects += 1;
      const subject = `subject-${subjects}`;
      people.set(subject, account);
      return subject;
    },
    signInNext: (subject) => {
      nextSubject = subject;
    },
    close: async () => {
      // A browser keeps its connections open; they would hold close() up.
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
