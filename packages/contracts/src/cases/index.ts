export * from './application-form.js';
export * from './review-flow.js';
export * from './case-lifecycle.js';
export * from './case.schema.js';
