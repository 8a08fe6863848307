// What every write to a person's capacity records checks first, shared by assessments, best-interests decisions and
// the other capacity records: field errors answer 400, a closed record is kept as it was, and an insert returns its id.
import { isClosedStatus, type FieldError } from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import type { PersonRef } from './care-plan-repository.js';
import type { UnitOfWork } from './request-repository.js';

export function refuseIfInvalid(errors: FieldError[]): void {
  if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
}

export function refuseIfClosed(person: PersonRef): void {
  if (isClosedStatus(person.status))
    throw new HttpError('record_read_only', 'This person\u2019s support has ended, so their record is kept as it was.');
}

export async function insertReturningId(uow: UnitOfWork, sql: string, params: unknown[]): Promise<string> {
  const id = (await uow.tx.query<{ id: string }>(sql, params)).rows[0]?.id;
  if (id === undefined) throw new Error('insert returned no id');
  return id;
}
