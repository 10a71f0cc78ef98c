import { expect, test } from '@playwright/test';
import { findItem, signInAsAdmin } from './helpers.js';

test('a city item delegated to a district appears in that district\'s catalog', async ({ page, request }) => {
  // A city-level item that 芙蓉区 does not implement yet.
  const candidates = await findItem(request, { level: '3', pageSize: '100' });
  let chosen = null;
  for (const c of candidates) {
    const inDistrict = await findItem(request, { q: c.name, region: '430102', regionExact: 'true' });
    if (!inDistrict.some((i: { name: string }) => i.name === c.name)) { chosen = c; break; }
  }
  expect(chosen, 'a city item not yet in 芙蓉区').not.toBeNull();

  await signInAsAdmin(page, `/admin/items/${chosen!.id}`);
  await page.getByTestId('action-delegate').click();
  await page.getByTestId('delegate-dialog').locator('[data-testid="delegate-region-430102"]').click();
  await page.getByTestId('delegate-submit').click();
  await expect(page.getByTestId('delegation-revoke').first()).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent(chosen!.name)}&region=430102`);
  const result = page.getByTestId('item-result').filter({ hasText: chosen!.name }).first();
  await expect(result).toBeVisible();
  await expect(result).toContainText('芙蓉区');
  await result.getByTestId('item-result-link').click();
  await expect(page.getByTestId('guide-delegated-from')).toContainText('长沙市');
});
