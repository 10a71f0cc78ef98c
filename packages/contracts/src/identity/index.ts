export * from './roles.js';
export * from './audit.schema.js';
export * from './account.schema.js';
