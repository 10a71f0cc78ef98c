export { appendingParts, createAuditService, type AuditDeps, type AuditService } from './audit.service.js';
export { registerAuditRoutes } from './audit.routes.js';
export { auditActorOf, maskPersonalText, type AuditActorRef, type AuditRecordInput } from './audit-entry.js';
export type { ChainHead } from './audit-chain.js';
