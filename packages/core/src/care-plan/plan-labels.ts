// Words for the plan's codes: who took part, how, and what prompted a review.
import type { Involvement } from './plan-content.js';
import type { ReviewTrigger } from './plan-api.js';

export const participantKindLabels: Record<Involvement['kind'], string> = {
  person: 'The person',
  family: 'Family member',
  friend: 'Friend',
  advocate: 'Advocate',
  attorney: 'Attorney (lasting power of attorney)',
  deputy: 'Deputy (Court of Protection)',
  imca: 'Independent mental capacity advocate (IMCA)',
  staff: 'Staff member',
  professional: 'Health or social care professional',
  other: 'Someone else',
};

export const involvementHowLabels: Record<Involvement['how'], string> = {
  in_person: 'In person',
  phone: 'By phone',
  video: 'By video call',
  in_writing: 'In writing',
  other: 'Another way',
};

export const reviewTriggerLabels: Record<ReviewTrigger, string> = {
  scheduled: 'A scheduled review',
  hospital_discharge: 'Coming home from hospital',
  fall: 'A fall',
  new_diagnosis: 'A new diagnosis',
  medication_change: 'A change to medicines',
  person_asked: 'The person (or someone for them) asked',
  other: 'Something else',
};
