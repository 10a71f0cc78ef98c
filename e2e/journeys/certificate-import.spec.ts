import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseOption, signInAsStaff, uniqueUscc } from './helpers.js';

/** A CSV file for the upload input, as a browser would pick it. */
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('an approver imports existing business licences: the template, one bad row refused, then the corrected file imported', async ({ page }) => {
  // 郑审批, approver of 长沙市市场监督管理局, which defines 营业执照.
  await signInAsStaff(page, '/admin/certificates', 'approver.scj');
  await page.getByTestId('admin-nav-certificate-imports').click();
  await expect(page).toHaveURL(/\/admin\/certificate-imports$/);
  await chooseOption(page, 'certificate-import-type', '营业执照（长沙市市场监督管理局）');
  await expect(page.getByTestId('certificate-import-columns')).toContainText('法定代表人(legal_representative)');

  // The template: the holder, the dates, the original number, then the face fields to fill in.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('certificate-import-template').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('营业执照-存量导入模板.csv');
  const header = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim();
  expect(header).toBe('持证人名称(holderName),持证人证件号码(holderCode),发证日期(issuedOn),有效期至(validTo),原证照编号(originalNumber),'
    + '类型(kind),法定代表人(legal_representative),住所(address),注册资本(registered_capital),成立日期(established_on)');

  const [first, second] = [uniqueUscc(), uniqueUscc()];
  const badCode = first.slice(0, 17) + (first.endsWith('0') ? '1' : '0');
  const rows = (code: string) => [
    `长沙湘江存量测试商贸有限公司,${first},2019-04-12,,YZ-2019-001,有限责任公司,刘一,长沙市芙蓉区五一大道 9 号,50 万元,2019-04-12`,
    `长沙麓山存量测试餐饮店,${code},2020-09-01,,YZ-2020-002,个体工商户,陈二,长沙市岳麓区麓山南路 3 号,,2020-09-01`,
  ];
  const input = page.locator('[data-testid=certificate-import-page] input[type=file]');

  // One bad row: every problem is listed with its row, and nothing is imported.
  await input.setInputFiles(csvFile('营业执照存量.csv', [header, ...rows(badCode)].join('\r\n')));
  await page.getByTestId('certificate-import-submit').click();
  const errors = page.getByTestId('certificate-import-errors');
  await expect(errors).toContainText('导入文件有 1 处错误，未导入任何证照');
  await expect(errors.getByTestId('certificate-import-issue')).toHaveCount(1);
  await expect(errors.getByTestId('certificate-import-issue')).toContainText('3');
  await expect(errors.getByTestId('certificate-import-issue')).toContainText('统一社会信用代码不正确');

  // The corrected file: the progress bar runs to the end, and the certificates are in the list.
  await input.setInputFiles(csvFile('营业执照存量-改.csv', [header, ...rows(second)].join('\r\n')));
  await page.getByTestId('certificate-import-submit').click();
  await expect(page.getByTestId('certificate-import-errors')).toBeHidden();
  await expect(page.getByTestId('certificate-import-job')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('certificate-import-done')).toContainText('2 本证照已签发');
  await expect(page.getByTestId('certificate-import-progress')).toContainText('2 / 2');
  await expect(page.getByTestId('certificate-import-row').first()).toContainText('已完成');

  await page.getByTestId('certificate-import-list-link').click();
  await expect(page).toHaveURL(/\/admin\/certificates$/);
  for (const [code, name] of [[first, '长沙湘江存量测试商贸有限公司'], [second, '长沙麓山存量测试餐饮店']]) {
    await page.goto(`/admin/certificates?q=${code}`);
    const row = page.getByTestId('issued-row').filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('issued-status')).toHaveAttribute('data-status', 'valid');
  }
});
