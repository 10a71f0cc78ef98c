import type { Readable } from 'node:stream';
import {
  chinaDate, isConcluded, type Actor, type CaseList, type CaseListQuery, type CaseLookupView, type CaseStatus, type CaseView,
  type CreateCaseRequest, type FileView, type UpdateCaseRequest,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { UploadRefused } from '../../platform/files/index.js';
import { isApplicant } from './case-access.js';
import type { CaseContext } from './case-context.js';
import { caseNumber, checkApplication, itemSnapshot } from './case-input.js';
import { presentFile } from './case.presenter.js';
import { tellApplicant, transition, type CaseTx } from './case-writer.js';
import type { CaseRow } from './cases.repository.js';

/** Who is behind an applicant actor: the account, and the person who typed (an agent, or the same). */
const creatorOf = (actor: Actor) => actor.agent?.id ?? actor.id;

/** Gives the case its number (办件编号) the first time it is submitted. */
export async function numberFor(tx: CaseTx, row: Pick<CaseRow, 'number' | 'regionCode'>): Promise<string> {
  if (row.number) return row.number;
  const day = chinaDate(tx.now);
  return caseNumber(row.regionCode, day, await tx.repo.nextNumber(row.regionCode.slice(0, 6), day));
}

/** 在线申报: files, drafts, submission, correction, withdrawal, and the applicant's own cases. */
export function createApplicationService(ctx: CaseContext) {
  const { repo, inTx, deps } = ctx;

  async function ownCase(actor: Actor, id: string): Promise<CaseRow> {
    const row = await ctx.findOrFail(id);
    if (!isApplicant(actor, row)) throw new AppError('CASE_NOT_FOUND');
    return row;
  }

  async function check(actor: Actor, row: Pick<CaseRow, 'form' | 'materialNames'>, input: UpdateCaseRequest, complete: boolean) {
    return checkApplication(repo, {
      form: row.form as never, materialSpecs: row.materialNames as never, values: input.formValues, materials: input.materials,
      ownerIds: [actor.id, creatorOf(actor)], complete,
    });
  }

  return {
    /** The case as the actor may see it. */
    view: (actor: Actor, id: string) => ctx.view(actor, id),

    /** 上传材料: refused (and nothing kept) when too large or not a PDF, JPG, PNG or OFD. */
    async uploadFile(actor: Actor, upload: { stream: Readable; filename: string }): Promise<FileView> {
      try {
        const stored = await deps.files.put(upload.stream);
        const name = upload.filename.replace(/[\\/\0]/g, '_').slice(0, 200) || '未命名文件';
        return presentFile(await repo.insertFile({ ...stored, name, ownerId: creatorOf(actor) }));
      } catch (error) {
        if (error instanceof UploadRefused) {
          throw new AppError(error.reason === 'too-large' ? 'UPLOAD_TOO_LARGE' : 'UPLOAD_TYPE_REFUSED', error.message, { field: 'file' });
        }
        throw error;
      }
    },

    /** 申报 or 保存草稿. The same idempotency key from the same person answers with the case made the first time. */
    async createCase(actor: Actor, input: CreateCaseRequest): Promise<{ created: boolean; view: CaseView }> {
      if (actor.kind !== 'citizen' && actor.kind !== 'enterprise') throw new AppError('FORBIDDEN', '仅个人或法人用户可以在线申报');
      const again = await repo.findByIdempotencyKey(creatorOf(actor), input.idempotencyKey);
      if (again) return { created: false, view: await ctx.view(actor, again.id) };
      const item = await deps.publishedItem(input.itemId).catch(() => { throw new AppError('ITEM_NOT_FOUND', undefined, { field: 'itemId' }); });
      if (!item.isOnline) throw new AppError('ITEM_NOT_APPLICABLE', undefined, { field: 'itemId' });
      const snapshot = itemSnapshot(item);
      const { values, materials } = await check(actor, snapshot, input, input.submit);
      const holder = await accountSnapshot(actor);
      const row = await inTx(async (tx) => {
        let created: CaseRow;
        try {
          created = await tx.repo.insertCase({
            ...snapshot, ...holder, channel: 'online', status: 'draft', formValues: values, materials,
            idempotencyKey: input.idempotencyKey, createdBy: creatorOf(actor), createdAt: tx.now, updatedAt: tx.now,
          });
        } catch (error) {
          // The same key at the same moment: the other request made it.
          const existing = await repo.findByIdempotencyKey(creatorOf(actor), input.idempotencyKey);
          if (existing) return existing;
          throw error;
        }
        if (!input.submit) return created;
        return submitIn(tx, actor, created);
      });
      return { created: true, view: await ctx.view(actor, row.id) };
    },

    async updateCase(actor: Actor, id: string, input: UpdateCaseRequest): Promise<CaseView> {
      const row = await ownCase(actor, id);
      ctx.requireStatus(row, ['draft', 'correction'], '只有草稿或待补正的办件可以修改');
      const { values, materials } = await check(actor, row, input, false);
      await inTx(async (tx) => {
        const updated = await tx.repo.updateCase(row.id, row.version, { formValues: values, materials }, false);
        if (!updated) throw new AppError('CASE_CONFLICT');
      });
      return ctx.view(actor, id);
    },

    async submit(actor: Actor, id: string): Promise<CaseView> {
      const row = await ownCase(actor, id);
      ctx.requireStatus(row, ['draft'], '该办件已提交');
      await check(actor, row, { formValues: row.formValues as Record<string, unknown>, materials: row.materials as never }, true);
      await inTx((tx) => submitIn(tx, actor, row));
      return ctx.view(actor, id);
    },

    /** 补正后重新提交: everything the notice listed must now be there; the case returns to the window's queue. */
    async resubmit(actor: Actor, id: string): Promise<CaseView> {
      const row = await ownCase(actor, id);
      ctx.requireStatus(row, ['correction'], '该办件不在待补正状态');
      await check(actor, row, { formValues: row.formValues as Record<string, unknown>, materials: row.materials as never }, true);
      await inTx(async (tx) => {
        const after = await transition(tx, row, 'resubmit', { actor, role: actor.kind, channel: 'online' }, { patch: { correction: null } });
        await tellApplicant(tx, after, '补正材料已提交', `您的办件 ${after.number} 已补正并重新提交，等待窗口受理。`);
      });
      return ctx.view(actor, id);
    },

    /** 撤回: before a decision. */
    async withdraw(actor: Actor, id: string, reason: string): Promise<CaseView> {
      const row = await ownCase(actor, id);
      await inTx(async (tx) => {
        const after = await transition(tx, row, 'withdraw', { actor, role: actor.kind, channel: 'online', opinion: reason }, { patch: { concludedAt: tx.now } });
        await tellApplicant(tx, after, '申请已撤回', `您的办件 ${after.number} 已撤回。`);
      });
      return ctx.view(actor, id);
    },

    /** 我的办件 */
    async listMine(actor: Actor, q: CaseListQuery): Promise<CaseList> {
      const { rows, total } = await repo.listCases({ applicantAccountId: actor.id, statuses: q.status ? [q.status] : undefined }, q.page, q.pageSize);
      return { total, page: q.page, pageSize: q.pageSize, cases: await ctx.summaries(rows) };
    },

    /** 办件查询 by number and the last four digits of the applicant's phone: no names, no identifiers. */
    async lookup(number: string, phoneLast4: string): Promise<CaseLookupView> {
      const row = await repo.findByNumber(number.trim().toUpperCase());
      if (!row || !row.applicantPhone.endsWith(phoneLast4)) throw new AppError('CASE_NOT_FOUND', '未找到该办件，请核对办件编号和手机号码后四位');
      const events = await repo.listEvents(row.id);
      const d = await ctx.deadlineOf(row);
      return {
        number: row.number!, itemName: row.itemName, department: row.departmentName, status: row.status as CaseStatus,
        submittedAt: row.submittedAt?.toISOString() ?? null, acceptedAt: row.acceptedAt?.toISOString() ?? null,
        due: isConcluded(row.status as CaseStatus) ? null : (d.caseDeadline?.due ?? null),
        events: events.map((e) => ({ action: e.action, at: e.at.toISOString() })),
      };
    },

    async markMessagesRead(actor: Actor): Promise<void> {
      await repo.markMessagesRead(actor.id, ctx.clock());
    },

    async messages(actor: Actor) {
      return (await repo.listMessages(actor.id, 50)).map((m) => ({
        id: m.id, caseId: m.caseId, title: m.title, body: m.body, createdAt: m.createdAt.toISOString(), read: m.readAt !== null,
      }));
    },
  };

  async function submitIn(tx: CaseTx, actor: Actor, row: CaseRow): Promise<CaseRow> {
    const number = await numberFor(tx, row);
    const after = await transition(tx, row, 'submit', { actor, role: actor.kind, channel: 'online' }, { patch: { number, submittedAt: tx.now } });
    await tellApplicant(tx, after, '申请已提交', `您的办件 ${number}（${after.itemName}）已提交，等待窗口受理。`);
    return after;
  }

  /** The applicant as the case records them: the account's identity, masked only when shown. */
  async function accountSnapshot(actor: Actor) {
    const account = await deps.accounts.byId(actor.id);
    if (!account) throw new AppError('UNAUTHENTICATED');
    return {
      applicantKind: actor.kind, applicantAccountId: actor.id, applicantName: account.name,
      applicantIdNumber: account.idNumber, applicantUscc: account.uscc, applicantPhone: account.phone ?? '',
      agentAccountId: actor.agent?.id ?? null,
    };
  }
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
