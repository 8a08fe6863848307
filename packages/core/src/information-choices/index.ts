// Information choices: the recorded conversation about how a person wants their records kept.
export * from './choices.js';
