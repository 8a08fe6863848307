// The managers' list of capacity work due: reassessments whose date has come and liberty safeguards needing action.
import type { CapacityAttentionRow } from '@hearth/core';
import { request } from './client';

export const getCapacityAttention = () => request<CapacityAttentionRow[]>('GET', '/api/capacity/attention');
