import type { Readable } from 'node:stream';
import {
  chinaDate, isConcluded, type Actor, type CaseList, type CaseListQuery, type CaseLookupView, type CaseStatus, type CaseView,
  type CreateCaseRequest, type FileView, type UpdateCaseRequest,
} from '@yiwang/contracts';
import { AppError } from '../../platform/http/index.js';
import { UploadRefused } from '../../platform/files/index.js';
import { isApplicant } from './case-access.js';
import type { ApplicantAccount, CaseContext } from './case-context.js';
import { caseNumber, checkApplication, itemSnapshot, newCaseRow, type ApplicantRef } from './case-input.js';
import { presentFile } from './case.presenter.js';
import { actorLabel, caseStatement, edit, insertCase, transition, type CaseTx } from './case-writer.js';
import type { CaseAggregate, CaseRow } from './cases.repository.js';

/** Who is behind an applicant actor: the account, and the person who typed (an agent, or the same). */
const creatorOf = (actor: Actor) => actor.agent?.id ?? actor.id;

/** Gives the case its number (办件编号) the first time it is submitted. */
export async function numberFor(tx: CaseTx, row: Pick<CaseRow, 'number' | 'regionCode'>): Promise<string> {
  if (row.number) return row.number;
  const day = chinaDate(tx.now);
  return caseNumber(row.regionCode, day, await tx.repo.nextSerial(row.regionCode.slice(0, 6), day));
}

/** 在线申报: files, drafts, submission, correction, withdrawal, and the applicant's own cases. */
export function createApplicationService(ctx: CaseContext) {
  const { repo, inTx, deps } = ctx;
  const inStatement = caseStatement(deps.db, ctx.clock);

  /** The applicant's own case, locked for the use case's transaction. */
  async function ownCase(tx: CaseTx, actor: Actor, id: string): Promise<CaseAggregate> {
    const agg = await tx.repo.loadCase(id);
    if (!agg || !isApplicant(actor, agg.row)) throw new AppError('CASE_NOT_FOUND');
    return agg;
  }

  /**
   * Checks an application for the applicant; `tx`: the use case's transaction, where its reads go (outside one,
   * the database's).
   */
  async function check(actor: Actor, row: Pick<CaseRow, 'form' | 'materialNames'>, input: UpdateCaseRequest, complete: boolean, applicant: ApplicantRef, tx?: CaseTx) {
    return checkApplication(tx?.repo ?? repo, {
      form: row.form as never, materialSpecs: row.materialNames as never, values: input.formValues, materials: input.materials,
      ownerIds: [actor.id, creatorOf(actor)], complete, applicant, certificates: deps.certificateReuse, db: tx?.db ?? deps.db,
    });
  }

  /** A use case on the applicant's own case, in one transaction; answers with the case as it leaves it. */
  async function onOwnCase(actor: Actor, id: string, work: (tx: CaseTx, agg: CaseAggregate) => Promise<void>): Promise<CaseView> {
    const agg = await inTx(async (tx) => {
      const own = await ownCase(tx, actor, id);
      await work(tx, own);
      return own;
    });
    return ctx.present(actor, agg);
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

    /**
     * 申报 or 保存草稿. The same idempotency key from the same person answers with the case made the first time.
     * `holder`: the applicant's account as the request already read it (else it is read here).
     */
    async createCase(actor: Actor, input: CreateCaseRequest, holder?: ApplicantAccount | null): Promise<{ created: boolean; view: CaseView }> {
      if (actor.kind !== 'citizen' && actor.kind !== 'enterprise') throw new AppError('FORBIDDEN', '仅个人或法人用户可以在线申报');
      const earlier = async () => {
        const again = await repo.findByIdempotencyKey(creatorOf(actor), input.idempotencyKey);
        return again ? { created: false, view: await ctx.view(actor, again.id) } : null;
      };
      try {
        return await ctx.onPublishedItem(input.itemId, async (item) => {
          if (!item.isOnline) throw new AppError('ITEM_NOT_APPLICABLE', undefined, { field: 'itemId' });
          const snapshot = itemSnapshot(item);
          const applicant = applicantOf(actor, holder?.id === actor.id ? holder : await deps.accounts.byId(actor.id));
          // A submission that presents certificates checks them and logs their reuse in the transaction that makes the
          // case (a certificate revoked meanwhile is not used); any other is checked first and written in one statement.
          const presents = input.submit && input.materials.some((m) => m.mode === 'certificate');
          const checkedFirst = presents ? null : await check(actor, snapshot, input, input.submit, applicantRefOf(applicant));
          const agg = await (presents ? inTx : inStatement)(async (tx) => {
            const { values, materials, files, reused } = checkedFirst ?? await check(actor, snapshot, input, input.submit, applicantRefOf(applicant), tx);
            const fresh: CaseAggregate = {
              row: {
                ...newCaseRow(tx.now), ...snapshot, ...applicant, channel: 'online', formValues: values, materials,
                idempotencyKey: input.idempotencyKey, createdBy: creatorOf(actor),
              },
              steps: [], events: [], files, counterparts: [],
            };
            await insertCase(tx, fresh, item, input.submit ? await submission(tx, actor, fresh.row) : undefined);
            if (input.submit) await ctx.logReuse(tx, applicantLabel(actor), fresh.row, reused);
            return fresh;
          });
          return { created: true, view: await ctx.present(actor, agg) };
        });
      } catch (error) {
        // A retry of a request that succeeded, or the same key sent at the same moment, answers as the first time.
        const answer = error instanceof AppError ? await earlier() : null;
        if (answer) return answer;
        throw error;
      }
    },

    async updateCase(actor: Actor, id: string, input: UpdateCaseRequest): Promise<CaseView> {
      return onOwnCase(actor, id, async (tx, agg) => {
        ctx.requireStatus(agg.row, ['draft', 'correction'], '只有草稿或待补正的办件可以修改');
        const { values, materials, files } = await check(actor, agg.row, input, false, applicantRefOf(agg.row), tx);
        edit(tx, agg, { formValues: values, materials, updatedAt: tx.now });
        agg.files = files;
      });
    },

    async submit(actor: Actor, id: string): Promise<CaseView> {
      return onOwnCase(actor, id, async (tx, agg) => {
        ctx.requireStatus(agg.row, ['draft'], '该办件已提交');
        const { reused } = await check(actor, agg.row, asSubmitted(agg.row), true, applicantRefOf(agg.row), tx);
        const { action, input, opts } = await submission(tx, actor, agg.row);
        await ctx.logReuse(tx, applicantLabel(actor), await transition(tx, agg, action, input, opts), reused);
      });
    },

    /** 补正后重新提交: everything the notice listed must now be there; the case returns to the window's queue. */
    async resubmit(actor: Actor, id: string): Promise<CaseView> {
      return onOwnCase(actor, id, async (tx, agg) => {
        ctx.requireStatus(agg.row, ['correction'], '该办件不在待补正状态');
        const { reused } = await check(actor, agg.row, asSubmitted(agg.row), true, applicantRefOf(agg.row), tx);
        const after = await transition(tx, agg, 'resubmit', { actor, role: actor.kind, channel: 'online' }, {
          patch: { correction: null }, tell: (row) => ({ title: '补正材料已提交', body: `您的办件 ${row.number} 已补正并重新提交，等待窗口受理。` }),
        });
        await ctx.logReuse(tx, applicantLabel(actor), after, reused);
      });
    },

    /** 撤回: before a decision. */
    async withdraw(actor: Actor, id: string, reason: string): Promise<CaseView> {
      return onOwnCase(actor, id, async (tx, agg) => {
        await transition(tx, agg, 'withdraw', { actor, role: actor.kind, channel: 'online', opinion: reason }, {
          patch: { concludedAt: tx.now }, tell: (after) => ({ title: '申请已撤回', body: `您的办件 ${after.number} 已撤回。` }),
        });
      });
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

  /** 提交: the case gets its number; the event is written by whoever applies it (an insert or an update). */
  async function submission(tx: CaseTx, actor: Actor, row: CaseRow) {
    const number = await numberFor(tx, row);
    return {
      action: 'submit' as const, input: { actor, role: actor.kind, channel: 'online' as const },
      opts: {
        patch: { number, submittedAt: tx.now },
        tell: (after: CaseRow) => ({ title: '申请已提交', body: `您的办件 ${number}（${after.itemName}）已提交，等待窗口受理。` }),
      },
    };
  }
}

/** Who presents certificates online: the applicant, or the person acting for the enterprise. */
const applicantLabel = (actor: Actor) => ({ kind: actor.kind, id: creatorOf(actor), name: actorLabel(actor) });

/** What the case holds of its application, to check again when it is submitted. */
const asSubmitted = (row: CaseRow): UpdateCaseRequest => ({ formValues: row.formValues as Record<string, unknown>, materials: row.materials as never });

/** Whose certificates may be presented: the applicant's account, or their ID number or USCC. */
export const applicantRefOf = (row: Pick<CaseRow, 'applicantAccountId' | 'applicantIdNumber' | 'applicantUscc'>): ApplicantRef =>
  ({ accountId: row.applicantAccountId, code: row.applicantIdNumber ?? row.applicantUscc });

/** The applicant as the case records them: the account's identity, masked only when shown. */
function applicantOf(actor: Actor, account: ApplicantAccount | null) {
  if (!account) throw new AppError('UNAUTHENTICATED');
  return {
    applicantKind: actor.kind, applicantAccountId: actor.id, applicantName: account.name,
    applicantIdNumber: account.idNumber, applicantUscc: account.uscc, applicantPhone: account.phone ?? '',
    agentAccountId: actor.agent?.id ?? null,
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
