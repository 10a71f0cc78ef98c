import { expect, test } from '@playwright/test';
import { findItem, signInAsAdmin } from './helpers.js';

test('an administrator edits and publishes an item, and the portal shows the change', async ({ page, request }) => {
  const [item] = await findItem(request, { q: '食品经营许可', level: '3' });
  expect(item).toBeDefined();
  const promised = item!.promisedLimit.value === 1 ? 2 : 1;

  await signInAsAdmin(page, `/admin/items/${item!.id}`);
  await expect(page.getByTestId('editor-title')).toContainText(item!.name);
  await page.getByTestId('editor-tab-limits').click();
  const field = page.getByTestId('field-promisedLimit-value');
  await field.fill(String(promised));
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('pending-draft')).toBeVisible();

  await page.getByTestId('action-publish').click();
  await page.getByRole('button', { name: '发布' }).last().click();
  await expect(page.getByTestId('pending-draft')).toBeHidden();

  await page.getByTestId('editor-tab-history').click();
  const publishRow = page.getByTestId('change-log').getByRole('row').filter({ hasText: '发布' }).first();
  // The published version after the one in use (the seed may already have published more than one).
  await expect(publishRow).toContainText(`v${(item!.version ?? 1) + 1}`);
  await publishRow.getByRole('button').first().click();
  await expect(page.getByTestId('change-log')).toContainText(String(promised));

  await page.goto(`/items/${item!.id}`);
  await expect(page.getByTestId('guide-basic')).toContainText(`${promised} 工作日`);
});

test('bad input in the editor names the field in Chinese and nothing is saved', async ({ page, request }) => {
  // An item whose law sets a limit: the promised one may not exceed it.
  const [item] = await findItem(request, { q: '食品经营许可', level: '4' });
  expect(item!.legalLimit).not.toBeNull();
  await signInAsAdmin(page, `/admin/items/${item!.id}`);
  await page.getByTestId('editor-tab-limits').click();
  await page.getByTestId('field-promisedLimit-value').fill('3000');
  await page.getByTestId('save-draft').click();
  await expect(page.getByText('承诺办结时限不能超过法定办结时限')).toBeVisible();
  await expect(page.getByTestId('pending-draft')).toBeHidden();
});
