export { AppError, orFail } from './app-error.js';
export { toFieldIssues } from './zod-issues.js';
export { createHttpServer, serveWeb, type ZodTypeProvider } from './server.js';
export { createAdminGuard, type AdminGuard } from './admin-guard.js';
