import { expect, test } from '@playwright/test';
import { signIn, signInAsStaff } from './helpers.js';

// The demo data holds cases in each state of their lifecycle, made through the platform's own use cases at past
// working days: what the people of each role meet on a first visit.

test('the supervisor sees the demo\'s overdue case in red and one close to its deadline in yellow, and filters by level', async ({ page }) => {
  await signInAsStaff(page, '/admin/supervision', 'supervisor');
  const rows = page.getByTestId('supervision-case');
  await expect(rows.filter({ has: page.locator('[data-testid="case-row-deadline"][data-level="red"]') }).first()).toBeVisible();
  await expect(rows.filter({ has: page.locator('[data-testid="case-row-deadline"][data-level="yellow"]') }).first()).toBeVisible();
  await page.getByTestId('supervision-level-red').click();
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('[data-testid="case-row-deadline"]:not([data-level="red"])')).toHaveCount(0);
});

test('张三 finds a draft, a case in review with its due date, and a delivered one whose licence is in the wallet', async ({ page }) => {
  await signIn(page, '13800138000', undefined, '/user');
  await page.goto('/user');
  const mine = page.getByTestId('my-case-row');
  for (const status of ['draft', 'in-review', 'delivered']) {
    await expect(mine.filter({ has: page.locator(`[data-testid="my-case-status"][data-status="${status}"]`) }).first()).toBeVisible();
  }
  await expect(page.getByTestId('wallet-item').filter({ hasText: '食品经营许可证' })).toHaveCount(1);
});

test('the window finds 李四\'s application of this morning waiting for acceptance', async ({ page }) => {
  await signInAsStaff(page, '/admin/accept', 'window.city');
  await expect(page.getByTestId('window-case').filter({ hasText: '李四' }).first()).toBeVisible();
});
