// An attorney or deputy agreeing a plan: the authority they act under must be on the person's record, not replaced,
// and cover agreeing the plan (core planAgreementAuthorityErrors). The agreement keeps the record's id and its words.
import { authorityInWords, planAgreementAuthorityErrors, type Agreement } from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { assessmentsOf } from './capacity-read.js';
import { currentCapacityRecordsOf } from './capacity-records-read.js';
import type { UnitOfWork } from './request-repository.js';

/**
 * The agreement to store: unchanged for an agreement by anyone but an attorney or deputy; otherwise checked against
 * the person's current authorities and assessments (refused with a field error), with the authority in words filled
 * in where none were given, so every view of the version says who agreed it and under what.
 */
export async function checkedAgreement(uow: UnitOfWork, personId: string, agreement: Agreement): Promise<Agreement> {
  // Only an attorney or deputy acts under an authority: a record named by anyone else's agreement is dropped.
  if (agreement.method !== 'attorney_or_deputy')
    return agreement.authorityId == null ? agreement : { ...agreement, authorityId: null };
  const authorities = await currentCapacityRecordsOf(uow, personId, 'legal_authority');
  const errors = planAgreementAuthorityErrors(agreement, authorities, await assessmentsOf(uow, personId), londonDate(uow.now));
  if (errors.length > 0) throw new HttpError('validation', errors[0]?.message, errors);
  const authority = authorities.find((a) => a.id === agreement.authorityId);
  return { ...agreement, authority: agreement.authority ?? (authority ? authorityInWords(authority.body) : null) };
}
