export * from './certificate-id.js';
export * from './certificate.schema.js';
