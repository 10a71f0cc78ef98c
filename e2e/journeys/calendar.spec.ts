import { expect, test } from '@playwright/test';
import { signInAsStaff } from './helpers.js';

test('the platform administrator enters a year’s holidays from the State Council notice, row by row', async ({ page }) => {
  await signInAsStaff(page, '/admin/calendar', 'admin');
  await expect(page.getByTestId('calendar-page')).toBeVisible();
  await page.getByTestId('calendar-new').click();
  await page.getByTestId('calendar-year').fill('2030');
  await page.getByTestId('calendar-notice').fill('国办发明电〔2029〕9号');

  // 国庆节 as one period: a row a day.
  const range = page.getByTestId('calendar-range');
  await range.first().click();
  await range.first().fill('2030-10-01');
  await range.last().fill('2030-10-07');
  await range.last().press('Enter');
  await page.getByTestId('calendar-range-name').fill('国庆节');
  await page.getByTestId('calendar-range-holidays').click();
  await expect(page.getByTestId('calendar-holiday-row')).toHaveCount(7);
  await expect(page.getByTestId('calendar-holiday-name-6')).toHaveValue('国庆节');

  // A make-up day on a weekday is refused on its row, before anything is sent.
  await page.getByTestId('calendar-makeup-add').click();
  await page.getByTestId('calendar-makeup-date-0').fill('2030-10-08');
  await page.getByTestId('calendar-makeup-date-0').press('Enter');
  await page.getByTestId('calendar-makeup-name-0').fill('国庆节');
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-makeups')).toContainText('调休上班日应为星期六或星期日：2030-10-08');

  // 2030-09-29 is a Sunday.
  await page.getByTestId('calendar-makeup-date-0').fill('2030-09-29');
  await page.getByTestId('calendar-makeup-date-0').press('Enter');
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);
  const year = page.getByTestId('calendar-year-2030');
  await expect(year).toContainText('国办发明电〔2029〕9号');
  await expect(year.getByTestId('calendar-holiday-ranges')).toContainText('国庆节 2030-10-01 – 10-07');
  await expect(year.getByTestId('calendar-makeup-ranges')).toContainText('国庆节 2030-09-29');
});
