export * from './roles.js';
export * from './audit.schema.js';
