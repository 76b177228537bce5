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
type JsonSchema = { [key: string]: unknown };

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The property every branch pins to a constant, if there is one (a discriminated union). */
function discriminator(branches: JsonSchema[]): string | undefined {
  const first = branches[0]?.properties;
  if (!isObject(first)) return undefined;
  return Object.keys(first).find((key) =>
    branches.every(
      (b) => isObject(b.properties) && isObject(b.properties[key]) && 'const' in b.properties[key],
    ),
  );
}

/**
 * fast-json-stringify picks a `oneOf`/`anyOf` branch by validating the value
 * against each branch in turn. For a discriminated union, an if/then chain on
 * the discriminator picks it by one constant instead.
 */
function byDiscriminator(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(byDiscriminator);
  if (!isObject(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = byDiscriminator(value);
  const union = (out.oneOf ?? out.anyOf) as unknown;
  if (!Array.isArray(union) || union.length < 2 || !union.every(isObject)) return out;
  const key = discriminator(union);
  if (!key) return out;
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = out;
  const chain = union.reduceRight<JsonSchema | undefined>((otherwise, branch) => {
    const properties = branch.properties as JsonSchema;
    const test = {
      type: 'object',
      properties: { [key]: { const: (properties[key] as JsonSchema).const } },
    };
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, not a promise.
    return otherwise ? { if: test, then: branch, else: otherwise } : branch;
  }, undefined);
  return { ...rest, ...chain };
}

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
  return fastJson(byDiscriminator(json) as Parameters<typeof fastJson>[0]);
}
