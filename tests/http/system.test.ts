import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../support/databases';
import { createTestApp, TEST_METRICS_TOKEN, type TestApp } from '../support/test-app';

describe.each(dialects)('system routes (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('reports health after checking the database', async () => {
    const res = await t.anonymous('GET', '/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('exposes request counts and latency histograms', async () => {
    await t.anonymous('GET', '/api/me');
    const res = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/me",status="401"\} \d+/,
    );
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/signup',
        '/api/questions/today',
        '/api/questions/{questionId}/answer',
      ]),
    );
    const put = doc.paths['/api/questions/{questionId}/answer'].put;
    expect(put.requestBody.content['application/json'].schema.properties.text.maxLength).toBe(4000);
  });
});
