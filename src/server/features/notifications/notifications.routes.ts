/**
 * HTTP routes of reminders: the person's settings, the devices they turned
 * web push on for, and the unsubscribe link's route (public: it works without logging in, from the email itself
 * or, per RFC 8058, from the mail program's own unsubscribe button).
 * Registering them also gives the job runner the nudge's handler and the
 * scheduler's task.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  notificationChoicesSchema,
  notificationSettingsSchema,
  pushDeviceParamsSchema,
  pushDeviceSchema,
  pushDevicesSchema,
  pushSubscriptionBodySchema,
  unsubscribeParamsSchema,
} from '../../../shared/notifications-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import { availabilityOf, type Channel } from './notifications.channels';
import { NUDGE_JOB, nudgeJobSchema, nudgePlanner, nudgeSender } from './notifications.scheduler';
import { getSettings, unsubscribe, updateSettings } from './notifications.service';
import { addDevice, listDevices, removeDevice } from './push-subscriptions.service';
import type { ReminderSource } from './reminders.types';

const tags = ['reminders'];

export async function notificationsRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  sources: readonly ReminderSource[],
  channels: readonly Channel[],
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const available = availabilityOf(channels);
  deps.jobs.handle(NUDGE_JOB, nudgeJobSchema, nudgeSender(deps, channels));
  deps.jobs.every('notifications.nudges', nudgePlanner(deps, sources, channels));

  // A mail program's one-click unsubscribe posts a form (RFC 8058); its fields are not needed.
  app.addContentTypeParser(
    ['application/x-www-form-urlencoded', 'multipart/form-data'],
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, _body, done) => done(null, null),
  );

  r.get(
    '/api/me/notifications',
    {
      schema: {
        operationId: 'getNotificationSettings',
        summary: 'My reminder settings, and which channels this server can send over.',
        tags,
        response: { 200: notificationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getSettings(deps, requireAuth(request), available),
  );

  r.put(
    '/api/me/notifications',
    {
      schema: {
        operationId: 'putNotificationSettings',
        summary: 'Change my reminders: the one switch, channels, nudge time and quiet hours.',
        tags,
        body: notificationChoicesSchema,
        response: { 200: notificationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => updateSettings(deps, requireAuth(request), available, request.body),
  );

  r.get(
    '/api/me/push-subscriptions',
    {
      schema: {
        operationId: 'listPushDevices',
        summary: 'The devices I turned notifications on for, and the key to turn on another.',
        tags,
        response: { 200: pushDevicesSchema, ...errorResponses },
      },
    },
    async (request) => listDevices(deps, requireAuth(request)),
  );

  r.post(
    '/api/me/push-subscriptions',
    {
      schema: {
        operationId: 'addPushDevice',
        summary: 'Turn notifications on for this device (its browser’s push subscription).',
        tags,
        body: pushSubscriptionBodySchema,
        response: { 201: pushDeviceSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const device = await addDevice(
        deps,
        requireAuth(request),
        request.body,
        request.headers['user-agent'],
      );
      return reply.status(201).send(device);
    },
  );

  r.delete(
    '/api/me/push-subscriptions/:id',
    {
      schema: {
        operationId: 'removePushDevice',
        summary: 'Stop notifications on one of my devices.',
        tags,
        params: pushDeviceParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeDevice(deps, requireAuth(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/unsubscribe/:token',
    {
      config: { public: true },
      schema: {
        operationId: 'unsubscribe',
        summary:
          'Turn email reminders off from the link in an email, without logging in (RFC 8058 one-click too).',
        tags,
        params: unsubscribeParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await unsubscribe(deps, request.params.token);
      return reply.status(204).send(null);
    },
  );
}
