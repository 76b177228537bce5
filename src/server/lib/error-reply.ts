/**
 * The one error shape, `{ "error": { "code", "message" } }`, for the few
 * replies written outside Fastify's error handler: at the socket, by Node's
 * own server events, and by the metrics listener.
 */
import type { ServerResponse } from 'node:http';

export function errorJson(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** Answers a bare Node response with the error shape. */
export function sendErrorResponse(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = errorJson(code, message);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}
