export * from './certificate-id.js';
export * from './certificate.schema.js';
export * from './certificate-import.schema.js';
