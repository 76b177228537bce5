/** HTTP routes of date nights: ideas and picks, matches, planned dates, reflections, the calendar feed. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dateChangeBodySchema,
  dateIdeasQuerySchema,
  dateIdeasSchema,
  dateMatchesSchema,
  dateParamsSchema,
  feedParamsSchema,
  feedStateSchema,
  ideaParamsSchema,
  newDateBodySchema,
  newFeedSchema,
  pickBodySchema,
  pickResultSchema,
  plannedDateSchema,
  plannedDatesSchema,
  reflectionBodySchema,
} from '../../../shared/dates-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  dateCalendarFile,
  FEED_REFRESH_MINUTES,
  getFeedState,
  makeFeed,
  readFeed,
  stopFeed,
} from './dates.calendar';
import {
  cancelDate,
  changeDate,
  getDate,
  getIdeas,
  getMatches,
  listDates,
  pickIdea,
  removeReflection,
  scheduleDate,
  writeReflection,
} from './dates.service';

const tags = ['dates'];
/** Private picks leave no metric and no access-log line (see plugins/access-log.ts). */
const traceless = { traceless: true };

/** An iCalendar answer, documented as such (the body is not JSON). */
const calendarResponse = {
  description: 'An iCalendar (RFC 5545) document: "Time together" events in UTC.',
  content: { 'text/calendar': { schema: z.string() } },
};

export async function datesRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/dates/ideas',
    {
      schema: {
        operationId: 'listDateIdeas',
        summary: 'The date-idea library, filtered, with my own picks only.',
        tags,
        querystring: dateIdeasQuerySchema,
        response: { 200: dateIdeasSchema, ...errorResponses },
      },
    },
    async (request) => getIdeas(deps, requireAuth(request), request.query),
  );

  r.put(
    '/api/dates/ideas/:ideaId/pick',
    {
      // An operator who is also the partner must not count picks that made no match.
      config: traceless,
      schema: {
        operationId: 'pickDateIdea',
        summary: 'Mark an idea yes, maybe or no, privately; answers my pick and our matches.',
        tags,
        params: ideaParamsSchema,
        body: pickBodySchema,
        response: { 200: pickResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      pickIdea(deps, requireAuth(request), request.params.ideaId, request.body.pick),
  );

  r.delete(
    '/api/dates/ideas/:ideaId/pick',
    {
      config: traceless,
      schema: {
        operationId: 'unpickDateIdea',
        summary: 'Take back my mark on an idea; answers our matches.',
        tags,
        params: ideaParamsSchema,
        response: { 200: pickResultSchema, ...errorResponses },
      },
    },
    async (request) => pickIdea(deps, requireAuth(request), request.params.ideaId, null),
  );

  r.get(
    '/api/dates/matches',
    {
      schema: {
        operationId: 'listDateMatches',
        summary: 'Ideas we both marked yes or maybe; nothing else of my partner’s picks.',
        tags,
        response: { 200: dateMatchesSchema, ...errorResponses },
      },
    },
    async (request) => getMatches(deps, requireAuth(request)),
  );

  r.get(
    '/api/dates',
    {
      schema: {
        operationId: 'listPlannedDates',
        summary: 'Our planned dates: the ones ahead and the recent past ones.',
        tags,
        response: { 200: plannedDatesSchema, ...errorResponses },
      },
    },
    async (request) => listDates(deps, requireAuth(request)),
  );

  r.post(
    '/api/dates',
    {
      schema: {
        operationId: 'planDate',
        summary: 'Plan a date from an idea or with a title of our own, in a time zone.',
        tags,
        body: newDateBodySchema,
        response: { 201: plannedDateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const date = await scheduleDate(deps, requireAuth(request), request.body);
      return reply.status(201).send(date);
    },
  );

  r.get(
    '/api/dates/:dateId',
    {
      schema: {
        operationId: 'getPlannedDate',
        summary: 'One of our planned dates, with my reflection and a shared one of my partner’s.',
        tags,
        params: dateParamsSchema,
        response: { 200: plannedDateSchema, ...errorResponses },
      },
    },
    async (request) => getDate(deps, requireAuth(request), request.params.dateId),
  );

  r.patch(
    '/api/dates/:dateId',
    {
      schema: {
        operationId: 'changePlannedDate',
        summary: 'Change a planned date: its time, length, place, notes or title.',
        tags,
        params: dateParamsSchema,
        body: dateChangeBodySchema,
        response: { 200: plannedDateSchema, ...errorResponses },
      },
    },
    async (request) => changeDate(deps, requireAuth(request), request.params.dateId, request.body),
  );

  r.delete(
    '/api/dates/:dateId',
    {
      schema: {
        operationId: 'cancelPlannedDate',
        summary: 'Cancel a planned date for both of us.',
        tags,
        params: dateParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await cancelDate(deps, requireAuth(request), request.params.dateId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/dates/:dateId/ics',
    {
      schema: {
        operationId: 'downloadDateCalendarFile',
        summary: 'A planned date as a calendar file (.ics) to add to any calendar app.',
        tags,
        params: dateParamsSchema,
        response: { 200: calendarResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await dateCalendarFile(deps, requireAuth(request), request.params.dateId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );

  r.put(
    '/api/dates/:dateId/reflection',
    {
      // A private reflection's very existence stays private, from metrics and logs too.
      config: traceless,
      schema: {
        operationId: 'writeDateReflection',
        summary: 'Write my reflection on a date that has begun; private unless I share it.',
        tags,
        params: dateParamsSchema,
        body: reflectionBodySchema,
        response: { 200: plannedDateSchema, ...errorResponses },
      },
    },
    async (request) =>
      writeReflection(deps, requireAuth(request), request.params.dateId, request.body),
  );

  r.delete(
    '/api/dates/:dateId/reflection',
    {
      config: traceless,
      schema: {
        operationId: 'removeDateReflection',
        summary: 'Delete my reflection on a date.',
        tags,
        params: dateParamsSchema,
        response: { 200: plannedDateSchema, ...errorResponses },
      },
    },
    async (request) => removeReflection(deps, requireAuth(request), request.params.dateId),
  );

  r.get(
    '/api/dates/feed',
    {
      schema: {
        operationId: 'getDateFeed',
        summary: 'Whether our calendar feed link works (its address is shown only when made).',
        tags,
        response: { 200: feedStateSchema, ...errorResponses },
      },
    },
    async (request) => getFeedState(deps, requireAuth(request)),
  );

  r.post(
    '/api/dates/feed',
    {
      schema: {
        operationId: 'makeDateFeed',
        summary: 'Make a new private calendar-feed address; the old one stops working.',
        tags,
        response: { 201: newFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const feed = await makeFeed(deps, requireAuth(request));
      return reply.status(201).header('cache-control', 'no-store').send(feed);
    },
  );

  r.delete(
    '/api/dates/feed',
    {
      schema: {
        operationId: 'stopDateFeed',
        summary: 'Turn our calendar feed off; its address stops working.',
        tags,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await stopFeed(deps, requireAuth(request));
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/calendar/:token.ics',
    {
      // Read by calendar apps, which carry no session: the long random token is the key.
      config: { public: true },
      schema: {
        operationId: 'readDateFeed',
        summary: 'Our planned dates as a calendar feed to subscribe to; the address is the key.',
        tags,
        params: feedParamsSchema,
        response: {
          200: calendarResponse,
          304: z.null().describe('Not changed since the copy the calendar app has (ETag).'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const feed = await readFeed(deps, request.params.token, request.ip);
      reply
        .header('etag', feed.etag)
        .header('cache-control', `private, max-age=${(FEED_REFRESH_MINUTES / 4) * 60}`)
        .header('x-robots-tag', 'noindex, nofollow');
      if (request.headers['if-none-match'] === feed.etag) return reply.status(304).send(null);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="time-together.ics"')
        .send(feed.body);
    },
  );
}
