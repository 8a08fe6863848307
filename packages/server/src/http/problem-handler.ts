// Maps every error to problem+json: field-level errors for bad input, never a stack trace or internal detail.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorCodes, problemType, type ErrorCode, type FieldError, type Problem } from '@hearth/core';
import { HttpError } from './http-error.js';

export function problem(code: ErrorCode, detail?: string, errors?: FieldError[]): Problem {
  const body: Problem = { type: problemType(code), title: errorCodes[code].title, status: errorCodes[code].status, code };
  if (detail !== undefined) body.detail = detail;
  if (errors !== undefined && errors.length > 0) body.errors = errors;
  return body;
}

/** Answers any error as problem+json; also given to Fastify as `frameworkErrors`, for what the router refuses before
 * a route runs (broken percent-encoding, an over-long path segment), which would otherwise echo the address back. */
export function answerProblem(error: FastifyError | HttpError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const body = toProblem(error);
  if (body.status >= 500) request.log.error({ err: error }, 'request failed');
  if (error instanceof HttpError && error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
  void reply.status(body.status).type('application/problem+json').send(body);
}

export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler(answerProblem);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).type('application/problem+json').send(problem('not_found', 'There is nothing at this address'));
  });
}

function toProblem(error: FastifyError | HttpError | Error): Problem {
  if (error instanceof HttpError) return problem(error.code, error.detail, error.errors);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const errors = error.validation.map((issue) => ({
      field: issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || context,
      message: issue.message ?? 'Not valid',
    }));
    return problem('validation', 'Some details need correcting', errors);
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      // Uploads answer their own 415 naming the file types they take; everywhere else the API speaks JSON.
      return problem('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem('validation', 'The request body is not valid JSON', [{ field: 'body', message: 'Send valid JSON' }]);
    case 'FST_ERR_VALIDATION':
      return problem('validation', 'Some details need correcting');
    default:
      break;
  }
  // PostgreSQL data exceptions (class 22): a value the validation let through but the database cannot store.
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
    return problem('validation', 'Some of what was sent cannot be stored: check for unusual characters or values');
  }
  if (fastifyError.statusCode === 429) return problem('rate_limited');
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Fastify's own client errors (bad headers, malformed URLs): say it was the request, without internals.
    return { ...problem('validation', 'The request could not be understood'), status: fastifyError.statusCode };
  }
  return problem('internal', 'The error has been logged. Nothing you sent was saved unless the page says so.');
}
