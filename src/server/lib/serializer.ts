/**
 * Responses are written by serializers compiled once per route from their
 * zod schema (as JSON Schema, through fast-json-stringify), instead of
 * checking every reply with zod. Only the properties a schema declares are
 * ever written, so a field a presenter forgot to leave out cannot leave the
 * server. zod still validates everything that comes in.
 */
import fastJson from 'fast-json-stringify';
import { type ZodType, z } from 'zod';

type Serializer = (data: unknown) => string;

function isZod(schema: unknown): schema is ZodType {
  return schema instanceof z.ZodType;
}

/** Fastify's serializer compiler for zod response schemas. */
export function compileSerializer({ schema }: { schema: unknown }): Serializer {
  if (!isZod(schema)) return (data) => JSON.stringify(data);
  const json = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
  });
  return fastJson(json as Parameters<typeof fastJson>[0]);
}
