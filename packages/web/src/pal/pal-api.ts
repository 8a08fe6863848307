// Reading and importing the provider's PAL statement text, and reading and recording a person's PAL checklists.
import type { PalAssessmentsResponse, PalAssessmentView, PalCurrentStatementsResponse, PalStatementImportBody, PalStatementSetView } from '@hearth/core';
import { request } from '../api/client';

export const getCurrentPalStatements = () => request<PalCurrentStatementsResponse>('GET', '/api/pal/statement-sets/current');

export const importPalStatements = (body: PalStatementImportBody) => request<PalStatementSetView>('POST', '/api/pal/statement-sets', { body });

const assessmentsUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/pal-assessments`;

export const getPalAssessments = (personId: string) => request<PalAssessmentsResponse>('GET', assessmentsUrl(personId));

/** Sent as typed, so the server parses it with the same schema the form checked it with. */
export const recordPalAssessment = (personId: string, body: unknown) => request<PalAssessmentView>('POST', assessmentsUrl(personId), { body });
