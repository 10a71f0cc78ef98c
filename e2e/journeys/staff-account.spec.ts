import { expect, test } from '@playwright/test';
import { signIn, signInAsStaff, signOut } from './helpers.js';

test('the administrator creates a window clerk, who changes the first password and sees only their own menu', async ({ page }) => {
  const username = `window.e2e${Date.now().toString(36)}`;
  await signInAsStaff(page, '/admin/staff', 'admin');

  await page.getByTestId('staff-new').click();
  await page.getByTestId('staff-field-username').fill(username);
  await page.getByTestId('staff-field-name').fill('钱窗口');
  // The administrator's own region (长沙市) is preselected: its districts are offered first.
  await page.getByTestId('staff-field-region').click();
  const regions = page.getByTestId('staff-field-region-panel');
  await regions.getByTestId('region-option-430102').click();
  await regions.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('staff-field-region')).toContainText('芙蓉区');
  await page.getByTestId('staff-role-window-clerk').click();
  await page.getByTestId('staff-submit').click();

  const secret = page.getByTestId('initial-password');
  await expect(secret).toBeVisible();
  const initialPassword = (await secret.textContent())!.trim();
  expect(initialPassword.length).toBeGreaterThanOrEqual(8);
  await page.getByTestId('initial-password-done').click();
  const row = page.getByTestId('staff-row').filter({ hasText: username });
  await expect(row).toContainText('综合窗口人员');
  await expect(row).toContainText('待修改初始密码');
  await signOut(page);

  // First sign-in: the password must change before the workbench opens.
  await signIn(page, username, initialPassword);
  await expect(page).toHaveURL(/\/password\?next=%2Fadmin/);
  await expect(page.getByTestId('password-required')).toBeVisible();
  await page.getByTestId('password-current').fill(initialPassword);
  await page.getByTestId('password-new').fill('Window2026new');
  await page.getByTestId('password-confirm').fill('Window2026new');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('workbench-home')).toBeVisible();
  await expect(page.getByTestId('admin-user-name')).toHaveText('钱窗口');
  await expect(page.getByTestId('admin-role-window-clerk')).toHaveText('综合窗口人员');

  // Only what a window clerk's role grants.
  const menu = page.getByTestId('admin-menu');
  for (const key of ['items', 'stats', 'people', 'accept']) await expect(menu.getByTestId(`admin-nav-${key}`)).toBeVisible();
  for (const key of ['import-export', 'departments', 'staff', 'api-tokens', 'audit', 'review', 'approve', 'supervision', 'calendar', 'hotline']) {
    await expect(menu.getByTestId(`admin-nav-${key}`)).toHaveCount(0);
  }
  await menu.getByTestId('admin-nav-accept').click();
  await expect(page.getByTestId('window-queue')).toBeVisible();
  await expect(page.getByTestId('walk-in-new')).toBeVisible();

  // A page of another role: 403, not a crash.
  await page.goto('/admin/staff');
  await expect(page.getByTestId('workbench-forbidden')).toBeVisible();
  await page.goto('/admin/audit');
  await expect(page.getByTestId('workbench-forbidden')).toBeVisible();
});

test('a person who opens the workbench is told it is for staff only', async ({ page }) => {
  await signIn(page, '13800138000', undefined, '/admin');
  await expect(page.getByTestId('workbench-staff-only')).toContainText('仅工作人员可以使用工作台');
  await page.getByTestId('staff-only-user').click();
  await expect(page.getByTestId('user-centre')).toBeVisible();
});

test('the old administrator sign-in address leads to the sign-in page', async ({ page }) => {
  await page.goto('/admin/login');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
});
