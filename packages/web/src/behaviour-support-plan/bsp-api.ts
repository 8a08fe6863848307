// Reading a person's behaviour support plan and its versions; saving a new version, agreeing it, reviewing it.
import type { BspPlanResponse, BspReviewView, BspVersionView } from '@hearth/core';
import { request } from '../api/client';

const planUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/behaviour-support-plan`;

export const getBehaviourSupportPlan = (personId: string) => request<BspPlanResponse>('GET', planUrl(personId));

export const getBehaviourSupportPlanVersion = (personId: string, version: number) =>
  request<BspVersionView>('GET', `${planUrl(personId)}/versions/${version}`);

/** Bodies are sent as typed, so the server parses and names what is missing just as the form did. */
export const saveBehaviourSupportPlanVersion = (personId: string, body: Record<string, unknown>) =>
  request<BspVersionView>('POST', `${planUrl(personId)}/versions`, { body });

export const agreeBehaviourSupportPlanVersion = (personId: string, version: number, body: Record<string, unknown>) =>
  request<BspVersionView>('POST', `${planUrl(personId)}/versions/${version}/agreement`, { body });

export const reviewBehaviourSupportPlanVersion = (personId: string, version: number, body: Record<string, unknown>) =>
  request<BspReviewView>('POST', `${planUrl(personId)}/versions/${version}/reviews`, { body });
