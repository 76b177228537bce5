/**
 * The hooks of a route that may write (anything but GET and HEAD), added to
 * each such route by app.ts so that reads run none of them:
 * - a signed-in person's request runs in a write scope naming them and their
 *   partner, or them alone for a route with `config.ownWrites`
 *   (db/write-scope.ts), closed once it is answered or aborted;
 * - with group commit (db/durability.ts), the answer waits until the
 *   request's writes are on disk.
 */
import type {
  FastifyRequest,
  onRequestAbortHookHandler,
  onResponseHookHandler,
  onSendHookHandler,
  preHandlerHookHandler,
} from 'fastify';
import { closeWriteScope, runInWriteScope, type WriteScope, writeScope } from '../db/write-scope';

export interface WriteRouteHooks {
  /** The write scope's hook of a route, which names the partner unless `ownWrites` says not to. */
  preHandler(ownWrites: boolean): preHandlerHookHandler;
  onSend: onSendHookHandler[];
  onResponse: onResponseHookHandler;
  onRequestAbort: onRequestAbortHookHandler;
}

export function writeRouteHooks(options: {
  durable: (() => Promise<void>) | undefined;
  /** Whether writes are scoped (SQLite's person epochs); without, no scope is opened. */
  scoped: boolean;
}): WriteRouteHooks {
  const { durable, scoped } = options;
  const scopes = new WeakMap<FastifyRequest, WriteScope>();
  const close = (request: FastifyRequest) => {
    const scope = scopes.get(request);
    if (scope) closeWriteScope(scope);
  };
  const onSend: onSendHookHandler[] = durable
    ? [
        (_request, _reply, payload, done) => {
          durable().then(
            () => done(null, payload),
            (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
          );
        },
      ]
    : [];
  return {
    preHandler: (ownWrites) => (request, _reply, done) => {
      const auth = request.auth;
      if (!scoped || !auth || request.method === 'GET' || request.method === 'HEAD') {
        done();
        return;
      }
      const partner = ownWrites ? undefined : auth.couple?.partnerId;
      const scope = writeScope(partner ? [auth.user.id, partner] : [auth.user.id]);
      scopes.set(request, scope);
      runInWriteScope(scope, done);
    },
    onSend,
    onResponse: (request, _reply, done) => {
      close(request);
      done();
    },
    onRequestAbort: (request, done) => {
      close(request);
      done();
    },
  };
}
