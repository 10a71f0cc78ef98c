import { expect, test } from '@playwright/test';
import { chooseOption, findItem, signInAsAdmin } from './helpers.js';

test('an administrator defines an item’s online form and its parallel review flow', async ({ page, request }) => {
  const items = await findItem(request, { q: '食品生产许可', region: '4301', regionExact: 'true' });
  const item = items.find((i) => i.name === '食品生产许可');
  expect(item).toBeDefined();
  await signInAsAdmin(page, `/admin/items/${item!.id}`);
  await page.getByTestId('editor-tab-application').click();

  // No form yet: start from the default one, rename a field and add a choice.
  await page.getByTestId('form-def-from-default').click();
  await expect(page.getByTestId('form-def-field')).toHaveCount(3);
  await page.getByTestId('form-def-label-0').fill('申请单位联系人');
  await page.getByTestId('form-def-add').click();
  await page.getByTestId('form-def-key-3').fill('category');
  await page.getByTestId('form-def-label-3').fill('食品类别');
  await chooseOption(page, 'form-def-type-3', '单选');
  // A select needs two options: one is refused on its field.
  await page.getByTestId('form-def-options-3').locator('input').fill('粮食加工品');
  await page.getByTestId('form-def-options-3').locator('input').press('Enter');
  await page.getByTestId('save-draft').click();
  await expect(page.getByText('单选字段至少需要两个选项')).toBeVisible();
  await page.getByTestId('form-def-options-3').locator('input').fill('乳制品');
  await page.getByTestId('form-def-options-3').locator('input').press('Enter');

  // Review: the default flow, with the fire brigade's opinion beside the decision.
  await page.getByTestId('flow-from-default').click();
  await expect(page.getByTestId('review-stage')).toHaveCount(2);
  await page.getByTestId('step-add-1').click();
  await page.getByTestId('step-name-1-1').fill('消防安全意见');
  await page.getByTestId('step-sector-1-1').fill('fire');
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('pending-draft')).toBeVisible();

  await page.reload();
  await page.getByTestId('editor-tab-application').click();
  await expect(page.getByTestId('form-def-label-0')).toHaveValue('申请单位联系人');
  await expect(page.getByTestId('form-def-key-3')).toHaveValue('category');
  await expect(page.getByTestId('form-def-field').nth(3)).toContainText('乳制品');
  await expect(page.getByTestId('step-sector-1-1')).toHaveValue('fire');
  await expect(page.getByTestId('step-sector-1-0')).toHaveValue('');
});
