import { and, asc, desc, eq, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { prepared, type Db } from '../../platform/db/index.js';
import { accounts, apiTokens, enterpriseAgents, oidcPending, sessions, signInThrottle, smsCodes } from './identity.tables.js';

export type AccountRow = typeof accounts.$inferSelect;
export type NewAccountRow = typeof accounts.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type ThrottleRow = typeof signInThrottle.$inferSelect;
export type SmsCodeRow = typeof smsCodes.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type OidcPendingRow = typeof oidcPending.$inferSelect;

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** Accounts and the enterprise ↔ agent links. */
export function accountsRepository(db: Db) {
  return {
    async insert(row: NewAccountRow): Promise<AccountRow> {
      const [created] = await db.insert(accounts).values(row).returning();
      return created!;
    },

    async findById(id: string): Promise<AccountRow | null> {
      const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
      return row ?? null;
    },

    /** For updates that must not interleave with another (a password change, a lock). */
    async findByIdForUpdate(id: string): Promise<AccountRow | null> {
      const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).for('update');
      return row ?? null;
    },

    async findCitizenBy(field: 'idNumber' | 'phone', value: string): Promise<AccountRow | null> {
      const [row] = await db.select().from(accounts).where(and(eq(accounts.kind, 'citizen'), eq(accounts[field], value)));
      return row ?? null;
    },

    async findEnterpriseByUscc(uscc: string): Promise<AccountRow | null> {
      const [row] = await db.select().from(accounts).where(and(eq(accounts.kind, 'enterprise'), eq(accounts.uscc, uscc)));
      return row ?? null;
    },

    async findStaffByUsername(username: string): Promise<AccountRow | null> {
      const [row] = await db.select().from(accounts).where(and(eq(accounts.kind, 'staff'), eq(accounts.username, username)));
      return row ?? null;
    },

    async findByExternalIdentity(issuer: string, subject: string): Promise<AccountRow | null> {
      const [row] = await db.select().from(accounts).where(and(eq(accounts.oidcIssuer, issuer), eq(accounts.oidcSubject, subject)));
      return row ?? null;
    },

    async update(id: string, patch: Partial<NewAccountRow>): Promise<AccountRow> {
      const [row] = await db.update(accounts).set({ ...patch, updatedAt: new Date() }).where(eq(accounts.id, id)).returning();
      return row!;
    },

    async touchSignIn(id: string, at: Date): Promise<void> {
      await db.update(accounts).set({ lastSignInAt: at }).where(eq(accounts.id, id));
    },

    async listStaff(filter: { q?: string; regionPrefix?: string | null; role?: string }): Promise<AccountRow[]> {
      const conds: (SQL | undefined)[] = [eq(accounts.kind, 'staff')];
      if (filter.regionPrefix) conds.push(sql`${accounts.regionCode} like ${`${escapeLike(filter.regionPrefix)}%`}`);
      if (filter.role) conds.push(sql`${filter.role} = any(${accounts.roles})`);
      if (filter.q) conds.push(or(ilike(accounts.name, `%${escapeLike(filter.q)}%`), ilike(accounts.username, `%${escapeLike(filter.q)}%`)));
      return db.select().from(accounts).where(and(...conds)).orderBy(asc(accounts.regionCode), asc(accounts.username)).limit(500);
    },

    /** Persons by exact ID number or phone, or by name. */
    async searchPersons(q: string): Promise<AccountRow[]> {
      const exact = q.toUpperCase();
      return db.select().from(accounts)
        .where(and(eq(accounts.kind, 'citizen'), or(eq(accounts.idNumber, exact), eq(accounts.phone, q), ilike(accounts.name, `%${escapeLike(q)}%`))))
        .orderBy(asc(accounts.name)).limit(50);
    },

    async listActiveAgents(enterpriseId: string): Promise<(AccountRow & { addedAt: Date })[]> {
      const rows = await db.select({ account: accounts, addedAt: enterpriseAgents.addedAt }).from(enterpriseAgents)
        .innerJoin(accounts, eq(accounts.id, enterpriseAgents.personId))
        .where(and(eq(enterpriseAgents.enterpriseId, enterpriseId), isNull(enterpriseAgents.removedAt)))
        .orderBy(asc(enterpriseAgents.addedAt));
      return rows.map((r) => ({ ...r.account, addedAt: r.addedAt }));
    },

    async listEnterprisesOfAgent(personId: string): Promise<AccountRow[]> {
      const rows = await db.select({ account: accounts }).from(enterpriseAgents)
        .innerJoin(accounts, eq(accounts.id, enterpriseAgents.enterpriseId))
        .where(and(eq(enterpriseAgents.personId, personId), isNull(enterpriseAgents.removedAt), eq(accounts.disabled, false)))
        .orderBy(asc(accounts.name));
      return rows.map((r) => r.account);
    },

    /** The enterprise account, if the person is still one of its agents (经办人); else null. */
    async findEnterpriseOfAgent(enterpriseId: string, personId: string): Promise<AccountRow | null> {
      const [row] = await db.select({ account: accounts }).from(accounts)
        .innerJoin(enterpriseAgents, and(eq(enterpriseAgents.enterpriseId, accounts.id), eq(enterpriseAgents.personId, personId), isNull(enterpriseAgents.removedAt)))
        .where(eq(accounts.id, enterpriseId));
      return row?.account ?? null;
    },

    async isActiveAgent(enterpriseId: string, personId: string): Promise<boolean> {
      const [row] = await db.select({ one: sql`1` }).from(enterpriseAgents)
        .where(and(eq(enterpriseAgents.enterpriseId, enterpriseId), eq(enterpriseAgents.personId, personId), isNull(enterpriseAgents.removedAt)));
      return Boolean(row);
    },

    /** Adds the link, or re-opens a removed one. */
    async addAgent(enterpriseId: string, personId: string, at: Date): Promise<Date> {
      const [row] = await db.insert(enterpriseAgents).values({ enterpriseId, personId, addedAt: at })
        .onConflictDoUpdate({ target: [enterpriseAgents.enterpriseId, enterpriseAgents.personId], set: { addedAt: at, removedAt: null } })
        .returning();
      return row!.addedAt;
    },

    async removeAgent(enterpriseId: string, personId: string, at: Date): Promise<boolean> {
      const rows = await db.update(enterpriseAgents).set({ removedAt: at })
        .where(and(eq(enterpriseAgents.enterpriseId, enterpriseId), eq(enterpriseAgents.personId, personId), isNull(enterpriseAgents.removedAt)))
        .returning();
      return rows.length > 0;
    },
  };
}

/** Sessions, sign-in throttling, SMS codes, identity-provider round trips and partner tokens. */
export function credentialsRepository(db: Db) {
  return {
    async insertSession(row: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(row);
    },

    /** A session and its account, read together (every signed-in request does this). */
    async findSession(tokenHash: string): Promise<{ session: SessionRow; account: AccountRow } | null> {
      const query = prepared(db, 'session_by_token', (d) => d.select({ session: sessions, account: accounts }).from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId)).where(eq(sessions.tokenHash, sql.placeholder('tokenHash'))));
      const [row] = await query.execute({ tokenHash });
      return row ?? null;
    },

    async updateSession(tokenHash: string, patch: Partial<typeof sessions.$inferInsert>): Promise<void> {
      await db.update(sessions).set(patch).where(eq(sessions.tokenHash, tokenHash));
    },

    async revokeSessionsOf(accountId: string, at: Date, exceptHash?: string): Promise<void> {
      const conds = [eq(sessions.accountId, accountId), isNull(sessions.revokedAt)];
      if (exceptHash) conds.push(sql`${sessions.tokenHash} <> ${exceptHash}`);
      await db.update(sessions).set({ revokedAt: at }).where(and(...conds));
    },

    async findThrottle(key: string): Promise<ThrottleRow | null> {
      const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
      return row ?? null;
    },

    async saveThrottle(row: ThrottleRow): Promise<void> {
      await db.insert(signInThrottle).values(row)
        .onConflictDoUpdate({ target: signInThrottle.key, set: { failures: row.failures, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil } });
    },

    async clearThrottle(key: string): Promise<void> {
      await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
    },

    async latestSmsCode(phone: string, purpose: string): Promise<SmsCodeRow | null> {
      const [row] = await db.select().from(smsCodes).where(and(eq(smsCodes.phone, phone), eq(smsCodes.purpose, purpose)))
        .orderBy(desc(smsCodes.createdAt)).limit(1).for('update');
      return row ?? null;
    },

    async insertSmsCode(row: typeof smsCodes.$inferInsert): Promise<void> {
      await db.insert(smsCodes).values(row);
    },

    async updateSmsCode(id: string, patch: Partial<typeof smsCodes.$inferInsert>): Promise<void> {
      await db.update(smsCodes).set(patch).where(eq(smsCodes.id, id));
    },

    async insertOidcPending(row: typeof oidcPending.$inferInsert): Promise<void> {
      await db.insert(oidcPending).values(row);
    },

    /** Takes the pending sign-in (each state is good for one callback) and clears stale ones. */
    async takeOidcPending(state: string, notBefore: Date): Promise<OidcPendingRow | null> {
      const [row] = await db.delete(oidcPending).where(eq(oidcPending.state, state)).returning();
      await db.delete(oidcPending).where(lt(oidcPending.createdAt, notBefore));
      return row && row.createdAt >= notBefore ? row : null;
    },

    async insertApiToken(row: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
      const [created] = await db.insert(apiTokens).values(row).returning();
      return created!;
    },

    async findApiTokenByHash(tokenHash: string): Promise<ApiTokenRow | null> {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
      return row ?? null;
    },

    async findApiToken(id: string): Promise<ApiTokenRow | null> {
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
      return row ?? null;
    },

    async listApiTokens(): Promise<ApiTokenRow[]> {
      return db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
    },

    async revokeApiToken(id: string, at: Date): Promise<ApiTokenRow | null> {
      const [row] = await db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).returning();
      return row ?? null;
    },

    /** Notes a use at most once a minute, so busy partners do not write on every call. */
    async touchApiToken(id: string, at: Date): Promise<void> {
      await db.update(apiTokens).set({ lastUsedAt: at })
        .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(at.getTime() - 60_000)))));
    },
  };
}

