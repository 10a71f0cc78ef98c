export { AppError, orFail } from './app-error.js';
export { toFieldIssues } from './zod-issues.js';
export { createHttpServer, serveWeb, type ZodTypeProvider } from './server.js';
export type { RoutePermission } from './permissions.js';
