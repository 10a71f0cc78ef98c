import { expect, test } from '@playwright/test';
import { signInAsStaff } from './helpers.js';

test('the supervisor sees a refused request and the sign-ins in the audit log, and verifies the chain', async ({ page }) => {
  await signInAsStaff(page, '/admin', 'supervisor');
  // A supervisor may not manage staff: the refusal is written down.
  expect((await page.request.get('/api/admin/staff')).status()).toBe(403);
  await page.getByTestId('admin-nav-audit').click();
  const actions = page.getByTestId('audit-action');
  await expect(actions.filter({ hasText: 'staff:manage' }).first()).toBeVisible();

  await page.getByTestId('audit-filter-action').fill('auth:sign-in');
  await page.keyboard.press('Escape');
  await page.getByTestId('audit-search').click();
  await expect(page).toHaveURL(/action=auth%3Asign-in/);
  // The refusal above leaves the table once the filter applies; every row left is a sign-in.
  await expect(actions.filter({ hasText: 'staff:manage' })).toHaveCount(0);
  await expect(actions.first()).toBeVisible();
  for (const action of await actions.allTextContents()) expect(action).toContain('auth:sign-in');

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-message')).toContainText('审计日志完整');
});
