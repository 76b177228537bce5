/**
 * The OpenAPI document is complete and lints clean: every operation is named,
 * summarised and tagged; private ones declare the session cookie and their 401,
 * public ones `security: []` (checked against how each route really answers an
 * anonymous caller); and Redocly's recommended rules report no error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintOpenapiReport } from '../../scripts/openapi';
import { buildApp } from '../../src/server/app';
import { createLocalEventBus } from '../../src/server/plugins/events';
import { ERROR_SCHEMA_REF, SESSION_SCHEME } from '../../src/server/plugins/openapi';
import { createTestDatabase } from '../support/databases';
import { createTestApp, type TestApp, testCatalog, testConfig } from '../support/test-app';

interface Response {
  description?: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
}

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}

interface Document {
  openapi: string;
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
    schemas: Record<string, { properties?: Record<string, unknown> }>;
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function operations(doc: Document): { key: string; method: string; path: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, method, path, op })),
  );
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const res = await t.anonymous('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(() => t.close());

  it('names, summarises and tags every operation with a declared tag', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(0);
    const declared = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description]));
    for (const [name, description] of declared) expect(description, name).toBeTruthy();
    const ids = new Set<string>();
    for (const { key, op } of ops) {
      expect(op.operationId, key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(ids.has(op.operationId ?? ''), `duplicate operationId ${op.operationId}`).toBe(false);
      ids.add(op.operationId ?? '');
      expect(op.summary, key).toMatch(/^[^\n]+$/);
      expect(op.tags?.length, key).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) expect(declared.has(tag), `${key}: tag "${tag}"`).toBe(true);
    }
    const used = new Set(ops.flatMap(({ op }) => op.tags ?? []));
    expect([...declared.keys()].filter((tag) => !used.has(tag))).toEqual([]);
  });

  it('declares the session cookie and the error shape as components', () => {
    expect(doc.components.securitySchemes[SESSION_SCHEME]).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: t.app.sessionCookies.name }),
    );
    expect(t.app.sessionCookies.name).toBe('rekindle_session');
    const error = doc.components.schemas[ERROR_SCHEMA_REF.split('/').at(-1) ?? ''];
    expect(error?.properties).toHaveProperty('error');
  });

  it('requires the session on exactly the routes that answer an anonymous caller 401', async () => {
    const publicOps: string[] = [];
    for (const { key, method, path, op } of operations(doc)) {
      const url = path.replace(/\{(\w+)\}/g, 'x');
      // Private routes refuse before validation, so no body or real ids are needed.
      const res = await t.anonymous(method.toUpperCase() as 'GET', url);
      const refused = res.statusCode === 401 && res.json().error.code === 'unauthenticated';
      if (refused) {
        expect(op.security, key).toEqual([{ [SESSION_SCHEME]: [] }]);
        expect(op.responses['401']?.content?.['application/json']?.schema?.$ref, key).toBe(
          ERROR_SCHEMA_REF,
        );
      } else {
        expect(op.security, key).toEqual([]);
        publicOps.push(op.operationId ?? key);
      }
    }
    expect(publicOps.sort()).toEqual([
      // Single sign-on: the browser's two hops to and from the provider.
      'finishSso',
      // Forgot password: for people who cannot log in.
      'getPasswordReset',
      'getSession',
      'getSsoSettings',
      'getSupportResources',
      'logIn',
      'logOut',
      'previewInvite',
      // The calendar feed: calendar apps carry no session; its long random token is the key.
      'readDateFeed',
      'requestPasswordReset',
      'resetPassword',
      'signUp',
      'startSso',
      // The link in a reminder email: it works without logging in.
      'unsubscribe',
    ]);
  });

  it('documents every 4XX and 5XX with the one error shape', () => {
    for (const { key, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status)) continue;
        expect(response.content?.['application/json']?.schema?.$ref, `${key} ${status}`).toBe(
          ERROR_SCHEMA_REF,
        );
      }
    }
  });

  it('keeps hidden routes out', () => {
    const hidden = ['/healthz', '/metrics', '/api/openapi.json'];
    expect(Object.keys(doc.paths).filter((path) => hidden.includes(path))).toEqual([]);
  });

  it('names the __Host- cookie when served over HTTPS', async () => {
    const database = await createTestDatabase('sqlite');
    const bus = createLocalEventBus();
    const app = await buildApp({
      config: { ...testConfig, publicUrl: 'https://localhost', secure: true },
      database: database.handle,
      catalog: testCatalog(),
      bus,
      logger: false,
    });
    try {
      await app.ready();
      const secureDoc = app.swagger() as unknown as Document;
      expect(secureDoc.components.securitySchemes[SESSION_SCHEME]?.name).toBe('__Host-rekindle');
      expect(app.sessionCookies.name).toBe('__Host-rekindle');
    } finally {
      await app.close();
      await bus.close();
      await database.drop();
    }
  });

  it('passes Redocly’s recommended rules with no error', () => {
    const report = lintOpenapiReport(doc);
    const problems = report.problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location?.[0]?.pointer ?? ''}`,
    );
    expect(report.totals.errors, problems.join('\n')).toBe(0);
  });
});
