// The behaviour support plan: its sections, versions, agreement and review, and what an outside reader sees of it.
export * from './bsp-content.js';
export * from './bsp-agreement.js';
export * from './bsp-lifecycle.js';
export * from './bsp-diff.js';
export * from './bsp-api.js';
export * from './bsp-shared.js';
