// Responses are parsed with their declared schema before they are sent: undeclared fields are stripped, so
// nothing leaks. Parsing (not zod's encode) lets one schema with input transforms, such as trimming text,
// describe both what a route accepts and what it returns.
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const parsingSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, method, url }) => {
  const zodSchema = resolve(schema);
  return (data: unknown) => {
    const result = zodSchema.safeParse(data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};

function resolve(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.ZodType) return properties;
  throw new Error('every response must be declared with a Zod schema');
}
