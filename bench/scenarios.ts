/**
 * What the benchmark loads: one line per scenario, and the setup the app
 * scenarios share (two people signed up and paired through the real routes).
 */

export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What the app scenarios may use: set up over HTTP before any load. */
export interface AppSession {
  /** Session cookie header of Robin, paired with Sam; Robin answers, Sam never does. */
  robin: string;
  /** Session cookie header of Sam. */
  sam: string;
  /** Today's question id of Robin and Sam's couple. */
  questionId: string;
  /** Session cookie header of Alex, paired with Jo; both answered today's question, so it is revealed. */
  alex: string;
}

export type ServerName = 'hello' | 'floor' | 'app';

/**
 * An app scenario and its goal: hello-world's server CPU per request over the
 * scenario's must be at least `minShareOfHello` (hello-world is measured
 * right before and right after it, in every round).
 */
export interface Scenario {
  name: string;
  minShareOfHello: number;
  request: (s: AppSession) => BenchRequest;
  /**
   * The same work on the floor server (floor-server.ts): the least it can cost
   * here, measured after the scenario in every round, for reference only.
   */
  floor?: BenchRequest;
}

const get = (path: string, cookie?: string): BenchRequest => ({
  method: 'GET',
  path,
  ...(cookie ? { headers: { cookie } } : {}),
});

const sendJson = (
  method: BenchRequest['method'],
  path: string,
  body: unknown,
  cookie: string,
): BenchRequest => ({
  method,
  path,
  headers: { cookie, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const ANSWER_TEXT =
  'Today I noticed how you made coffee for both of us without asking, and it made the whole morning feel lighter.';

/** The baseline: bench/hello-server.ts. */
export const helloRequest: BenchRequest = get('/');

/** The extension point: one line per scenario. They run in this order. */
export const scenarios: Scenario[] = [
  {
    name: 'GET /api/today',
    minShareOfHello: 0.4,
    request: (s) => get('/api/today', s.robin),
  },
  {
    name: 'GET /api/questions/today',
    minShareOfHello: 0.5,
    request: (s) => get('/api/questions/today', s.robin),
  },
  {
    // Alex and Jo both answered: both answers are read, checked by the visibility rule and shown.
    name: 'GET /api/questions/today (revealed)',
    minShareOfHello: 0.4,
    request: (s) => get('/api/questions/today', s.alex),
  },
  {
    // Sam never answers, so Robin's answer stays editable: every request is a real upsert.
    name: 'PUT /api/questions/:id/answer',
    minShareOfHello: 0.25,
    request: (s) =>
      sendJson('PUT', `/api/questions/${s.questionId}/answer`, { text: ANSWER_TEXT }, s.robin),
    floor: {
      method: 'PUT',
      path: '/answer',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: ANSWER_TEXT }),
    },
  },
];

// ---------------------------------------------------------------- app setup

async function http(
  base: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<{ status: number; json: unknown; setCookies: string[] }> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    json: text ? JSON.parse(text) : null,
    setCookies: res.headers.getSetCookie(),
  };
}

function expectStatus(what: string, res: { status: number; json: unknown }, status: number): void {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.json)}`);
  }
}

async function signUp(base: string, displayName: string): Promise<string> {
  const res = await http(base, 'POST', '/api/auth/signup', {
    body: {
      email: `${displayName.toLowerCase()}-${Date.now()}@example.com`,
      password: 'a calm and long passphrase',
      displayName,
      timeZone: 'UTC',
    },
  });
  expectStatus(`sign-up of ${displayName}`, res, 201);
  const cookie = res.setCookies
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('rekindle_session='));
  if (!cookie) throw new Error(`sign-up of ${displayName} set no rekindle_session cookie`);
  return cookie;
}

/** Two people signed up and paired through the real routes, and their question of today. */
async function pairUp(
  base: string,
  names: [string, string],
): Promise<{ first: string; second: string; questionId: string }> {
  const first = await signUp(base, names[0]);
  const second = await signUp(base, names[1]);
  const invite = await http(base, 'POST', '/api/couple/invites', { cookie: first });
  expectStatus('invite', invite, 201);
  const code = (invite.json as { code: string }).code;
  expectStatus(
    'join',
    await http(base, 'POST', '/api/couple/join', { cookie: second, body: { code } }),
    200,
  );
  const today = await http(base, 'GET', '/api/questions/today', { cookie: first });
  expectStatus('today', today, 200);
  const questionId = (today.json as { question: { id: string } }).question.id;
  return { first, second, questionId };
}

/** Two couples paired through the real routes: Robin and Sam (nobody answered), Alex and Jo (revealed). */
export async function setUpApp(base: string): Promise<AppSession> {
  const { first: robin, second: sam, questionId } = await pairUp(base, ['Robin', 'Sam']);
  const revealed = await pairUp(base, ['Alex', 'Jo']);
  for (const [cookie, text] of [
    [revealed.first, ANSWER_TEXT],
    [revealed.second, `${ANSWER_TEXT} And I noticed it too.`],
  ] as const) {
    expectStatus(
      'answer',
      await http(base, 'PUT', `/api/questions/${revealed.questionId}/answer`, {
        cookie,
        body: { text },
      }),
      200,
    );
  }
  return { robin, sam, questionId, alex: revealed.first };
}
