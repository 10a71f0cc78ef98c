import { expect, test } from '@playwright/test';
import { signInAsStaff } from './helpers.js';

test('the supervisor finds sign-ins in the audit log and verifies the chain', async ({ page }) => {
  await signInAsStaff(page, '/admin', 'supervisor');
  await page.getByTestId('admin-nav-audit').click();

  await page.getByTestId('audit-filter-action').fill('auth:sign-in');
  await page.keyboard.press('Escape');
  await page.getByTestId('audit-search').click();
  await expect(page).toHaveURL(/action=auth%3Asign-in/);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();
  // At least the supervisor's own sign-in; every row shown is a sign-in.
  for (const action of await page.getByTestId('audit-action').allTextContents()) expect(action).toContain('auth:sign-in');

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-message')).toContainText('审计日志完整');
});
