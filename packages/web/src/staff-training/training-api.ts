// Calling the training and competence API.
import type {
  StaffCompetenceCheckView,
  StaffCompetenceChecksResponse,
  StaffTrainingRecordView,
  StaffTrainingResponse,
  TrainingFlagsResponse,
  TrainingOverview,
} from '@hearth/core';
import { request } from '../api/client';

const staffUrl = (staffId: string) => `/api/staff/${encodeURIComponent(staffId)}`;

export const getTrainingOverview = () => request<TrainingOverview>('GET', '/api/training');
export const getPersonTrainingFlags = (personId: string) =>
  request<TrainingFlagsResponse>('GET', `/api/training/flags?personId=${encodeURIComponent(personId)}`);
export const getStaffTraining = (staffId: string) => request<StaffTrainingResponse>('GET', `${staffUrl(staffId)}/training`);
export const getCompetenceChecks = (staffId: string) =>
  request<StaffCompetenceChecksResponse>('GET', `${staffUrl(staffId)}/competence-checks`);

/** Sent as typed so the server parses and checks it too. */
export const addTrainingRecord = (staffId: string, body: Record<string, unknown>) =>
  request<StaffTrainingRecordView>('POST', `${staffUrl(staffId)}/training-records`, { body });
export const addCompetenceCheck = (staffId: string, body: Record<string, unknown>) =>
  request<StaffCompetenceCheckView>('POST', `${staffUrl(staffId)}/competence-checks`, { body });
