import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { ItemSearchResult } from '@yiwang/contracts';

export const ADMIN_TOKEN = 'e2e-admin';

/** Signs in to the administration with the configured credential, as an administrator would. */
export async function signInAsAdmin(page: Page, next = '/admin/items'): Promise<void> {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByTestId('admin-token-input').fill(ADMIN_TOKEN);
  await page.getByTestId('admin-sign-in').click();
  await expect(page).toHaveURL(new RegExp(next.replace(/[?]/g, '\\?')));
}

/** The first published item matching a query, through the public API. */
export async function findItem(request: APIRequestContext, query: Record<string, string>) {
  const res = await request.get('/api/items', { params: { pageSize: '50', ...query } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as ItemSearchResult).items;
}
