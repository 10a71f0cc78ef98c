import {
  maskIdentifier, maskPhone, type AccountKind, type AccountView, type AgentView, type ApiTokenView, type EnterpriseRef,
  type LegalPersonKind, type PersonSummary, type ProfileView, type RoleCode, type StaffView,
} from '@yiwang/contracts';
import type { AccountRow, ApiTokenRow } from './identity.repository.js';

const maskId = (id: string | null) => (id ? maskIdentifier(id) : null);
const maskTel = (phone: string | null) => (phone ? maskPhone(phone) : null);

/** What the account holder's screens show of the account: identifiers masked. */
export function presentAccount(a: AccountRow): AccountView {
  const login = a.kind === 'staff' ? a.username! : a.kind === 'enterprise' ? a.uscc! : maskPhone(a.phone!);
  return {
    id: a.id,
    kind: a.kind as AccountKind,
    name: a.name,
    login,
    phone: maskTel(a.phone),
    idNumber: maskId(a.idNumber),
    uscc: a.uscc,
    roles: a.roles as RoleCode[],
    regionCode: a.regionCode,
    departmentIds: a.departmentIds,
    mustChangePassword: a.mustChangePassword,
  };
}

/**
 * A record as its holder's profile shows it: ID and phone numbers masked unless `full` — the holder asking to see
 * them, or staff whose reading of them is audited.
 */
export function presentProfile(a: AccountRow, regionName: string | null, { full }: { full: boolean }): ProfileView {
  return {
    id: a.id,
    kind: a.kind as AccountKind,
    name: a.name,
    idNumber: full ? a.idNumber : maskId(a.idNumber),
    phone: full ? a.phone : maskTel(a.phone),
    uscc: a.uscc,
    legalPersonKind: (a.legalPersonKind as LegalPersonKind | null) ?? null,
    legalRepresentative: a.legalRepresentative,
    regionCode: a.regionCode,
    regionName,
    createdAt: a.createdAt.toISOString(),
    externalIdentity: a.oidcSubject !== null,
  };
}

export const presentEnterpriseRef = (a: AccountRow): EnterpriseRef => ({ id: a.id, name: a.name, uscc: a.uscc! });

export function presentAgent(a: AccountRow, addedAt: Date): AgentView {
  return { personId: a.id, name: a.name, idNumber: maskIdentifier(a.idNumber!), phone: maskPhone(a.phone!), addedAt: addedAt.toISOString() };
}

export const presentPerson = (a: AccountRow): PersonSummary => ({
  id: a.id, name: a.name, idNumber: maskIdentifier(a.idNumber!), phone: maskPhone(a.phone!),
});

export function presentStaff(a: AccountRow, names: { region: (code: string) => string; department: (id: string) => string }): StaffView {
  return {
    id: a.id,
    username: a.username!,
    name: a.name,
    phone: maskTel(a.phone),
    regionCode: a.regionCode!,
    regionName: names.region(a.regionCode!),
    departments: a.departmentIds.map((id) => ({ id, name: names.department(id) })),
    roles: a.roles as RoleCode[],
    disabled: a.disabled,
    mustChangePassword: a.mustChangePassword,
    lastSignInAt: a.lastSignInAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
  };
}

export function presentApiToken(t: ApiTokenRow, departmentName: string, now: Date): ApiTokenView {
  const status = t.revokedAt ? 'revoked' : t.expiresAt <= now ? 'expired' : 'active';
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    department: { id: t.departmentId, name: departmentName },
    permissions: t.permissions as ApiTokenView['permissions'],
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    status,
  };
}
