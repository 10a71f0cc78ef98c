import { createApplicationService } from './application.service.js';
import { caseContext, type CasesDeps } from './case-context.js';
import { createCaseFiles } from './case-files.js';
import { createReviewService } from './review.service.js';
import { createWindowService } from './window.service.js';
import { createNotices } from './notices.js';

export { registerCasesRoutes } from './cases.routes.js';
export type {
  CasesDeps, ApplicantAccount, DecidedCase, IssuedForCase, CaseReuse, CertificateReusePort, PresentedCertificate,
} from './case-context.js';

/** 办件: the applicant's, the window's and the reviewers' use cases over one shared context. */
export function createCasesServices(deps: CasesDeps & { publicUrl?: string }) {
  const ctx = caseContext(deps);
  return {
    application: createApplicationService(ctx),
    window: createWindowService(ctx),
    review: createReviewService(ctx),
    files: createCaseFiles(ctx),
    notices: createNotices(ctx, deps.publicUrl ?? 'http://localhost:8080'),
  };
}

export type CasesServices = ReturnType<typeof createCasesServices>;
