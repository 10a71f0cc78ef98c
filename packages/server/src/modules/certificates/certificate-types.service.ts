import {
  certificateTypeCode, type Actor, type CertificateStats, type CertificateTypeView, type ExchangeRuleView, type SaveCertificateTypeRequest, type SaveExchangeRuleRequest,
} from '@yiwang/contracts';
import type { Db } from '../../platform/db/index.js';
import { isUniqueViolation } from '../../platform/db/index.js';
import { AppError, orFail } from '../../platform/http/index.js';
import { assertCan } from '../identity/index.js';
import { certificatesRepository, type CertificateTypeRow } from './certificates.repository.js';
import { presentType } from './certificate.presenter.js';

/** A department as the certificate catalogue names it (the regions module). */
export interface DepartmentRef { id: string; name: string; uscc: string; regionCode: string }

export interface CertificateTypesDeps {
  db: Db;
  clock: () => Date;
  departments: (ids: string[]) => Promise<DepartmentRef[]>;
}

/** 证照目录: certificate types defined by departments, and the data-exchange rules (用证规则) on them. */
export function createCertificateTypesService(deps: CertificateTypesDeps) {
  const repo = certificatesRepository(deps.db);

  async function departmentOrFail(id: string): Promise<DepartmentRef> {
    const [d] = await deps.departments([id]);
    if (!d) throw new AppError('DEPARTMENT_NOT_FOUND', undefined, { field: 'departmentId' });
    return d;
  }

  async function presentAll(rows: (CertificateTypeRow & { issued?: number })[]): Promise<CertificateTypeView[]> {
    const depts = new Map((await deps.departments([...new Set(rows.map((r) => r.departmentId))])).map((d) => [d.id, d]));
    return rows.map((r) => {
      const d = depts.get(r.departmentId);
      return presentType(r, { id: r.departmentId, name: d?.name ?? '', uscc: d?.uscc ?? '' });
    });
  }

  const taken = (error: unknown) => {
    if (isUniqueViolation(error)) throw new AppError('CERTIFICATE_TYPE_TAKEN', undefined, { field: 'name' });
    throw error;
  };

  return {
    async list(): Promise<CertificateTypeView[]> {
      return presentAll(await repo.listTypes());
    },

    /** A type by its name (an item's result names the certificate type it is issued as). */
    findByName: (name: string) => repo.findTypeByName(name),

    /** A new type; its code is the defining department's USCC and the department's next 3-digit sequence. */
    async create(actor: Actor, input: SaveCertificateTypeRequest): Promise<CertificateTypeView> {
      const dept = await departmentOrFail(input.departmentId);
      assertCan(actor, 'certificate-type:manage', { regionCode: dept.regionCode, departmentId: dept.id });
      const row = await deps.db.transaction(async (raw) => {
        const tx = certificatesRepository(raw as unknown as Db);
        const sequence = await tx.nextTypeSequence(dept.id);
        if (sequence > 999) throw new AppError('VALIDATION_FAILED', '该部门的证照类型已满 999 个', { field: 'departmentId' });
        const now = deps.clock();
        return tx.insertType({ ...input, code: certificateTypeCode(dept.uscc, sequence), sequence, createdAt: now, updatedAt: now }).catch(taken);
      });
      return (await presentAll([row]))[0]!;
    },

    /** Changes a type; its code and defining department stay (issued identifiers carry the code). */
    async update(actor: Actor, id: string, input: SaveCertificateTypeRequest): Promise<CertificateTypeView> {
      const current = orFail(await repo.findType(id), 'CERTIFICATE_TYPE_NOT_FOUND');
      const dept = await departmentOrFail(current.departmentId);
      assertCan(actor, 'certificate-type:manage', { regionCode: dept.regionCode, departmentId: dept.id });
      if (input.departmentId !== current.departmentId) throw new AppError('VALIDATION_FAILED', '证照类型的定义机构不能更改', { field: 'departmentId' });
      const row = await repo.updateType(id, {
        name: input.name, holderKind: input.holderKind, faceFields: input.faceFields, validity: input.validity, description: input.description, updatedAt: deps.clock(),
      }).catch(taken);
      return (await presentAll([row!]))[0]!;
    },

    /** 电子证照统计 (public figures, like the catalog's). */
    async stats(): Promise<CertificateStats> {
      const [types, counts] = await Promise.all([repo.listTypes(), repo.stats()]);
      const byType = new Map<string, CertificateStats['byType'][number]>();
      const reuses = new Map(counts.reusesByType.map((r) => [r.typeName, r.n]));
      for (const c of counts.byType) {
        const entry = byType.get(c.typeName) ?? { typeName: c.typeName, issued: 0, valid: 0, revoked: 0, reuses: reuses.get(c.typeName) ?? 0 };
        entry.issued += c.n;
        if (c.status === 'revoked') entry.revoked += c.n;
        else entry.valid += c.n;
        byType.set(c.typeName, entry);
      }
      const rows = [...byType.values()].sort((a, b) => b.issued - a.issued);
      const use = (kind: string) => counts.uses.find((u) => u.kind === kind)?.n ?? 0;
      return {
        types: types.length, issued: rows.reduce((n, r) => n + r.issued, 0), valid: rows.reduce((n, r) => n + r.valid, 0), revoked: rows.reduce((n, r) => n + r.revoked, 0),
        byType: rows, byIssuer: counts.byIssuer.map((r) => ({ issuerName: r.issuerName, issued: r.n })).sort((a, b) => b.issued - a.issued),
        uses: { read: use('read'), reuse: use('reuse'), partner: use('partner') },
        paperless: { materials: use('reuse'), cases: counts.casesWithReuse },
      };
    },

    async rules(): Promise<ExchangeRuleView[]> {
      const [rules, types] = await Promise.all([repo.listRules(), repo.listTypes()]);
      const typeNames = new Map(types.map((t) => [t.id, t.name]));
      const depts = new Map((await deps.departments([...new Set(rules.map((r) => r.departmentId))])).map((d) => [d.id, d.name]));
      return rules.map((r) => ({
        id: r.id, typeId: r.typeId, departmentId: r.departmentId, purpose: r.purpose, typeName: typeNames.get(r.typeId) ?? '',
        departmentName: depts.get(r.departmentId) ?? '', createdAt: r.createdAt.toISOString(),
      }));
    },

    /** 用证规则: the department may read certificates of the type, for the purpose given. */
    async addRule(actor: Actor, input: SaveExchangeRuleRequest): Promise<ExchangeRuleView> {
      const type = orFail(await repo.findType(input.typeId), 'CERTIFICATE_TYPE_NOT_FOUND');
      const dept = await departmentOrFail(input.departmentId);
      assertCan(actor, 'certificate-type:manage', { regionCode: dept.regionCode, departmentId: dept.id });
      const row = await repo.insertRule({ ...input, createdBy: actor.name, createdAt: deps.clock() });
      if (!row) throw new AppError('CONFLICT', '该部门已有此类证照的用证规则', { field: 'departmentId' });
      return { ...input, id: row.id, typeName: type.name, departmentName: dept.name, createdAt: row.createdAt.toISOString() };
    },

    async removeRule(actor: Actor, id: string): Promise<void> {
      const rule = await repo.findRuleById(id);
      if (!rule) throw new AppError('NOT_FOUND', '用证规则不存在');
      const dept = await departmentOrFail(rule.departmentId);
      assertCan(actor, 'certificate-type:manage', { regionCode: dept.regionCode, departmentId: dept.id });
      await repo.deleteRule(id);
    },
  };
}

export type CertificateTypesService = ReturnType<typeof createCertificateTypesService>;
