import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, ROLE_GRANTS, type Action, type Actor, type RoleCode } from '@yiwang/contracts';
import { AppError } from '../../../platform/http/index.js';
import { assertCan, can, scopeFor, type PolicyResource } from './policy.js';

const CITY = '4301';
const DISTRICT = '430102';
const OTHER_DISTRICT = '430103';
const TOWN = '430102001';
const VILLAGE = '430102001001';

function staff(roles: RoleCode[], regionCode: string | null = DISTRICT, departmentIds = ['dept-a']): Actor {
  return { kind: 'staff', id: 's1', name: '张三', roles, departmentIds, regionCode };
}

const allowed = (actor: Actor, action: Action, resource?: PolicyResource) => can(actor, action, resource).allowed;
const reason = (actor: Actor, action: Action, resource?: PolicyResource) => {
  const d = can(actor, action, resource);
  return d.allowed ? null : d.reason;
};

/** What each role may and may not do, written out by hand so that a change to the grant table is seen. */
const MATRIX: Record<RoleCode, { may: Action[]; mayNot: Action[] }> = {
  'window-clerk': { may: ['case:accept', 'case:file-on-behalf', 'personal-data:read'], mayNot: ['case:review', 'case:approve', 'catalog:edit', 'audit:read'] },
  'dept-reviewer': { may: ['case:review', 'case:read'], mayNot: ['case:approve', 'case:accept', 'catalog:publish'] },
  'dept-approver': { may: ['case:approve', 'case:review'], mayNot: ['case:accept', 'catalog:edit', 'staff:manage'] },
  'grassroots-agent': { may: ['case:accept', 'case:file-on-behalf'], mayNot: ['case:approve', 'catalog:read-admin', 'catalog:edit'] },
  'catalog-admin': {
    may: ['catalog:edit', 'catalog:publish', 'catalog:delegate', 'catalog:import', 'catalog:export', 'department:manage'],
    mayNot: ['case:accept', 'audit:read', 'staff:manage', 'personal-data:read'],
  },
  supervisor: { may: ['supervision:read', 'audit:read', 'audit:verify', 'case:read'], mayNot: ['catalog:edit', 'case:approve', 'staff:manage'] },
  'hotline-operator': { may: ['hotline:handle', 'catalog:read-admin'], mayNot: ['case:accept', 'personal-data:read', 'catalog:edit'] },
  'platform-admin': { may: [...ACTIONS.codes], mayNot: [] },
};

describe('can: what each role grants', () => {
  for (const role of ROLES.codes) {
    it(`${role} (${ROLES.label(role)})`, () => {
      for (const action of MATRIX[role].may) expect(allowed(staff([role]), action), action).toBe(true);
      for (const action of MATRIX[role].mayNot) {
        expect(reason(staff([role]), action), action).toBe(`您的角色（${ROLES.label(role)}）无权${ACTIONS.label(action)}`);
      }
    });
  }

  it('follows the grant table for every role and action', () => {
    for (const role of ROLES.codes) {
      for (const action of ACTIONS.codes) {
        expect(allowed(staff([role]), action), `${role} ${action}`).toBe((ROLE_GRANTS[role].actions as readonly Action[]).includes(action));
      }
    }
  });
});

describe('can: region and department scope', () => {
  const regional = ROLES.codes.filter((r) => ROLE_GRANTS[r].scope === 'region');
  const departmental = ROLES.codes.filter((r) => ROLE_GRANTS[r].scope === 'department');

  it('lets region-bound roles act in their region subtree only', () => {
    for (const role of regional) {
      const action = MATRIX[role].may[0]!;
      for (const code of [DISTRICT, TOWN, VILLAGE]) expect(allowed(staff([role]), action, { regionCode: code }), `${role} ${code}`).toBe(true);
      expect(allowed(staff([role]), action, { regionCode: TOWN, departmentId: 'dept-z' }), `${role} any department`).toBe(true);
      expect(reason(staff([role]), action, { departmentId: 'dept-a' }), `${role} nowhere`).toBe('无法确认该对象所属区划，不能执行此操作');
      for (const code of [OTHER_DISTRICT, CITY, '43', '430103001']) {
        expect(reason(staff([role]), action, { regionCode: code }), `${role} ${code}`).toMatch(/不在您的管辖范围（430102 及其下级）内/);
      }
    }
  });

  it('binds reviewers and approvers to their own departments as well as their region', () => {
    for (const role of departmental) {
      const action = MATRIX[role].may[0]!;
      const actor = staff([role], DISTRICT, ['dept-a', 'dept-b']);
      expect(allowed(actor, action, { regionCode: DISTRICT, departmentId: 'dept-b' })).toBe(true);
      expect(allowed(actor, action, { departmentId: 'dept-a' })).toBe(true);
      expect(reason(actor, action, { regionCode: DISTRICT, departmentId: 'dept-c' })).toBe('该对象不属于您所在的部门');
      expect(reason(actor, action, { regionCode: DISTRICT })).toMatch(/无法确认该对象属于您所在的部门/);
      expect(reason(actor, action, { regionCode: OTHER_DISTRICT, departmentId: 'dept-a' })).toMatch(/管辖范围/);
    }
  });

  it('reaches down from a city to every district, town and village, and never sideways by prefix tricks', () => {
    const admin = staff(['catalog-admin'], CITY);
    for (const code of [CITY, DISTRICT, OTHER_DISTRICT, TOWN, VILLAGE]) expect(allowed(admin, 'catalog:edit', { regionCode: code })).toBe(true);
    expect(allowed(admin, 'catalog:edit', { regionCode: '4302' })).toBe(false);
    expect(allowed(admin, 'catalog:edit', { regionCode: '43010' })).toBe(false);
    expect(allowed(admin, 'catalog:edit', { regionCode: '' })).toBe(false);
    expect(allowed(staff(['supervisor'], '43'), 'case:read', { regionCode: VILLAGE })).toBe(true);
  });

  it('refuses scoped roles to staff without a valid region', () => {
    for (const region of [null, '', '4', 'abcd']) {
      expect(reason(staff(['catalog-admin'], region), 'catalog:edit')).toBe('您的账户未设置有效的所属区划，无权编辑事项');
    }
  });

  it('allows when any of several roles reaches the resource', () => {
    const actor = staff(['dept-reviewer', 'window-clerk'], DISTRICT, ['dept-a']);
    expect(allowed(actor, 'case:read', { regionCode: TOWN, departmentId: 'dept-z' })).toBe(true);
    expect(reason(actor, 'case:review', { regionCode: TOWN, departmentId: 'dept-z' })).toBe('该对象不属于您所在的部门');
  });
});

describe('can: catalog delegation goes down from the administrator’s own level', () => {
  const city = staff(['catalog-admin'], CITY);
  const district = staff(['catalog-admin'], DISTRICT);

  it('lets a city administrator delegate city items to districts and towns', () => {
    expect(allowed(city, 'catalog:delegate', { regionCode: CITY, targetRegionCode: DISTRICT })).toBe(true);
    expect(allowed(city, 'catalog:delegate', { regionCode: CITY, targetRegionCode: TOWN })).toBe(true);
    expect(reason(city, 'catalog:delegate', { regionCode: CITY, targetRegionCode: CITY })).toBe('只能下放到事项所属区划（4301）的下级区划');
    expect(reason(city, 'catalog:delegate', { regionCode: CITY, targetRegionCode: '4302' })).toMatch(/下放目标区划（4302）不在您的管辖范围/);
  });

  it('lets a district administrator delegate its own items down, but not the city’s or another district’s', () => {
    expect(allowed(district, 'catalog:delegate', { regionCode: DISTRICT, targetRegionCode: TOWN })).toBe(true);
    expect(reason(district, 'catalog:delegate', { targetRegionCode: TOWN })).toBe('无法确认该对象所属区划，不能执行此操作');
    expect(reason(district, 'catalog:delegate', { regionCode: CITY, targetRegionCode: TOWN })).toMatch(/所属区划（4301）不在您的管辖范围/);
    expect(reason(district, 'catalog:delegate', { regionCode: DISTRICT, targetRegionCode: '430103001' })).toMatch(/不在您的管辖范围/);
    expect(reason(district, 'catalog:delegate', { regionCode: TOWN, targetRegionCode: '430102002' })).toBe('只能下放到事项所属区划（430102001）的下级区划');
  });

  it('edits and publishes only inside the district', () => {
    expect(allowed(district, 'catalog:publish', { regionCode: TOWN })).toBe(true);
    expect(allowed(district, 'catalog:publish', { regionCode: CITY })).toBe(false);
    expect(allowed(district, 'catalog:edit', { regionCode: OTHER_DISTRICT })).toBe(false);
  });
});

describe('can: platform administrators, the platform itself and non-staff', () => {
  it('lets a platform administrator do everything everywhere, with or without a region', () => {
    for (const region of [null, DISTRICT]) {
      const admin = staff(['platform-admin'], region, []);
      for (const action of ACTIONS.codes) {
        expect(allowed(admin, action, { regionCode: '44', departmentId: 'dept-z', targetRegionCode: '4401' })).toBe(true);
      }
    }
  });

  it('trusts the platform itself and refuses citizens, enterprises and partners whatever roles they claim', () => {
    const base = { id: 'x', name: '某', roles: ['platform-admin'] as RoleCode[], departmentIds: [], regionCode: null };
    expect(allowed({ ...base, kind: 'system' }, 'staff:manage')).toBe(true);
    for (const kind of ['citizen', 'enterprise'] as const) {
      expect(reason({ ...base, kind }, 'catalog:edit')).toBe('仅工作人员可以编辑事项');
    }
    // A partner system's roles mean nothing: only the permissions its token names count.
    expect(reason({ ...base, kind: 'partner' }, 'catalog:edit')).toBe('该接口令牌无权编辑事项');
  });

  it('gives a partner token exactly its permissions, inside its own department', () => {
    const partner = { kind: 'partner' as const, id: 't', name: '业务系统', roles: [], departmentIds: ['d1'], regionCode: '430102', permissions: ['catalog:read-admin' as const] };
    expect(allowed(partner, 'catalog:read-admin')).toBe(true);
    expect(can(partner, 'catalog:read-admin', { regionCode: '430102', departmentId: 'd1' }).allowed).toBe(true);
    expect(can(partner, 'catalog:read-admin', { regionCode: '430102', departmentId: 'd2' }).allowed).toBe(false);
    expect(can(partner, 'catalog:read-admin', { regionCode: '430104', departmentId: 'd1' }).allowed).toBe(false);
    expect(allowed(partner, 'catalog:export')).toBe(false);
  });

  it('ignores unknown role codes from stored accounts', () => {
    const actor = staff(['root' as RoleCode]);
    expect(reason(actor, 'catalog:edit')).toBe('您没有任何角色，无权编辑事项');
    expect(reason(staff([]), 'case:read')).toBe('您没有任何角色，无权查看办件');
  });
});

describe('assertCan and scopeFor', () => {
  it('throws FORBIDDEN with the reason', () => {
    expect(() => assertCan(staff(['window-clerk']), 'catalog:edit')).toThrow(AppError);
    const thrown = (() => {
      try {
        assertCan(staff(['catalog-admin']), 'catalog:edit', { regionCode: OTHER_DISTRICT });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toMatchObject({ code: 'FORBIDDEN', status: 403, message: expect.stringMatching(/管辖范围/) });
    expect(() => assertCan(staff(['catalog-admin']), 'catalog:edit', { regionCode: TOWN })).not.toThrow();
  });

  it('gives the region and departments a list must be filtered by', () => {
    expect(scopeFor(staff(['platform-admin']), 'audit:read')).toEqual({ kind: 'all' });
    expect(scopeFor(staff(['catalog-admin']), 'catalog:edit')).toEqual({ kind: 'limited', regionCode: DISTRICT, departmentIds: null });
    expect(scopeFor(staff(['dept-reviewer'], DISTRICT, ['dept-a']), 'case:read')).toEqual({ kind: 'limited', regionCode: DISTRICT, departmentIds: ['dept-a'] });
    expect(scopeFor(staff(['dept-reviewer', 'window-clerk']), 'case:read')).toMatchObject({ departmentIds: null });
    expect(scopeFor(staff(['hotline-operator']), 'case:read')).toEqual({ kind: 'none', reason: '您的角色（12345 热线话务员）无权查看办件' });
    expect(scopeFor(staff(['catalog-admin'], null), 'catalog:edit')).toMatchObject({ kind: 'none' });
  });
});
