import { expect, test } from '@playwright/test';

test('a citizen finds an item by searching in Chinese and reads its guide', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('site-name')).toContainText('一网通办');
  await page.getByTestId('search-input').fill('居住证');
  await page.getByTestId('search-input-submit').click();

  await expect(page).toHaveURL(/\/search\?.*q=/);
  const results = page.getByTestId('item-result');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).toContainText('居住证');
  await expect(page.getByTestId('result-total')).toContainText(/\d+/);

  await results.first().getByTestId('item-result-link').click();
  await expect(page).toHaveURL(/\/items\//);
  await expect(page.getByTestId('guide-title')).toContainText('居住证');
  await expect(page.getByTestId('guide-basic')).toContainText('实施编码');
  await expect(page.getByTestId('guide-basic')).toContainText('承诺办结时限');
  await expect(page.getByTestId('material-row').first()).toBeVisible();
  // 在线申报 is offered (enabled for items that can be applied for online); appointments arrive later and say so.
  await expect(page.getByTestId('guide-apply')).toBeVisible();
  await expect(page.getByTestId('guide-appointment')).toBeDisabled();
});

test('a substring of an item name finds it, and the guide shows materials an e-certificate replaces', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('经营许可'));
  const first = page.getByTestId('item-result').first();
  await expect(first).toContainText('经营许可');
  await first.getByTestId('item-result-link').click();
  await expect(page.getByTestId('guide-title')).toContainText('经营许可');
  await expect(page.getByTestId('material-certificate').first()).toContainText('可用电子证照替代');
});

test('the hall works on a phone-sized screen with the large-font mode', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // On a phone the navigation and the preferences live in a drawer.
  await page.getByTestId('nav-menu-button').click();
  await page.getByTestId('large-font-toggle').click();
  await expect(page.locator('html')).toHaveClass(/large/);
  await page.getByRole('menuitem', { name: '最多跑一次' }).click();
  await expect(page).toHaveURL(/one-trip/);
  await expect(page.getByTestId('item-result').first()).toBeVisible();
});
