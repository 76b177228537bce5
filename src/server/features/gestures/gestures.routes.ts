/** HTTP routes of small gestures. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  gestureDoneBodySchema,
  gestureDoneParamsSchema,
  gestureLibrarySchema,
  gestureParamsSchema,
  gestureTodaySchema,
} from '../../../shared/gestures-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import {
  getGestureLibrary,
  getGestureToday,
  markGestureDone,
  setNotForUs,
  thankForGesture,
  undoGestureDone,
} from './gestures.service';

const tags = ['small gestures'];
/** A "not for us" is never observable by the partner, even one who runs the server: no metrics, no log line. */
const traceless = { traceless: true };

export async function gesturesRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/gestures/today',
    {
      schema: {
        operationId: 'getGestureToday',
        summary:
          'Today’s small gesture for me, my week’s count, and what my partner did this week.',
        tags,
        response: { 200: gestureTodaySchema, ...errorResponses },
      },
    },
    async (request) => getGestureToday(deps, requireAuth(request)),
  );

  r.put(
    '/api/gestures/today/done',
    {
      schema: {
        operationId: 'markGestureDone',
        summary:
          'Mark a small gesture done today (once a day; another one the same day replaces it).',
        tags,
        body: gestureDoneBodySchema,
        response: { 200: gestureTodaySchema, ...errorResponses },
      },
    },
    async (request) => markGestureDone(deps, requireAuth(request), request.body.gestureId),
  );

  r.delete(
    '/api/gestures/today/done',
    {
      schema: {
        operationId: 'undoGestureDone',
        summary: 'Take back today’s “done”.',
        tags,
        response: { 200: gestureTodaySchema, ...errorResponses },
      },
    },
    async (request) => undoGestureDone(deps, requireAuth(request)),
  );

  r.get(
    '/api/gestures',
    {
      schema: {
        operationId: 'listGestures',
        summary: 'Every small gesture, with my own “not for us” marks.',
        tags,
        response: { 200: gestureLibrarySchema, ...errorResponses },
      },
    },
    async (request) => getGestureLibrary(deps, requireAuth(request)),
  );

  r.put(
    '/api/gestures/:gestureId/not-for-us',
    {
      config: traceless,
      schema: {
        operationId: 'markGestureNotForUs',
        summary: 'Never suggest this gesture to me again; only I ever know.',
        tags,
        params: gestureParamsSchema,
        response: { 200: gestureTodaySchema, ...errorResponses },
      },
    },
    async (request) => setNotForUs(deps, requireAuth(request), request.params.gestureId, true),
  );

  r.delete(
    '/api/gestures/:gestureId/not-for-us',
    {
      config: traceless,
      schema: {
        operationId: 'unmarkGestureNotForUs',
        summary: 'Take back a “not for us”: the gesture may be suggested again.',
        tags,
        params: gestureParamsSchema,
        response: { 200: gestureTodaySchema, ...errorResponses },
      },
    },
    async (request) => setNotForUs(deps, requireAuth(request), request.params.gestureId, false),
  );

  r.put(
    '/api/gestures/done/:doneId/thanks',
    {
      schema: {
        operationId: 'thankForGesture',
        summary: 'Say thank you for a small gesture my partner did.',
        tags,
        params: gestureDoneParamsSchema,
        response: { 200: gestureTodaySchema, ...errorResponses },
      },
    },
    async (request) => thankForGesture(deps, requireAuth(request), request.params.doneId),
  );
}
