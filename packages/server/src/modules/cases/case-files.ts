import type { Readable } from 'node:stream';
import type { Actor } from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { assertCanRead } from './case-access.js';
import type { CaseContext } from './case-context.js';
import type { FileRow } from './cases.repository.js';

/** Reading an uploaded file: its uploader, or anyone who may read a case that holds it (checked like the case). */
export function createCaseFiles(ctx: CaseContext) {
  return {
    async open(actor: Actor, fileId: string): Promise<{ row: FileRow; stream: Readable }> {
      const [row] = await ctx.repo.findFiles([fileId]);
      if (!row) throw new AppError('FILE_NOT_FOUND');
      const own = row.ownerId === actor.id || row.ownerId === actor.agent?.id;
      if (!own) {
        const holders = await ctx.repo.findCasesWithFile(fileId);
        let allowed = false;
        for (const c of holders) {
          try {
            assertCanRead(actor, c, await ctx.repo.listSteps(c.id));
            allowed = true;
            break;
          } catch { /* try the next case that holds it */ }
        }
        if (!allowed) throw new AppError('FILE_NOT_FOUND');
      }
      return { row, stream: await ctx.deps.files.open(row.sha256) };
    },
  };
}

export type CaseFiles = ReturnType<typeof createCaseFiles>;
