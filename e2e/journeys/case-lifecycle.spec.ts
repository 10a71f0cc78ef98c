import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { chooseOption, findItem, newPerson, registerCitizen, signIn, type Person } from './helpers.js';

const ITEM_NAME = '食品经营许可（新办）';
const DEPARTMENT = '长沙市市场监督管理局';
/** Renewed with the licence the first case yields, presented from the wallet. */
const RENEWAL_NAME = '食品经营许可（延续）';

/** A small PDF (the server checks the content: it must start like one). */
function writePdf(name: string): string {
  const file = path.join(os.tmpdir(), `yiwang-e2e-${process.pid}-${name}`);
  fs.writeFileSync(file, `%PDF-1.4\n% ${name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
  return file;
}

/** A signed-in page in its own browser context: one per person. */
async function personPage(browser: Browser, account: string | Person, next?: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (typeof account === 'string') await signIn(page, account, undefined, next);
  else await registerCitizen(page, account);
  return page;
}

/** The food-licence form (新办 and 延续 share it), as the restaurant's owner fills it in. */
async function fillFoodLicenceForm(page: Page, applicant: Person): Promise<void> {
  await page.getByTestId('form-field-operator_name').fill('王小餐餐饮店');
  await page.getByTestId('form-field-premises').fill('长沙市芙蓉区五一大道 100 号');
  await page.getByTestId('form-field-area').fill('86');
  await chooseOption(page, 'form-field-main_business', '餐饮服务经营者');
  await page.getByTestId('form-field-contact_phone').fill(applicant.phone);
}

/** Opens a case from a staff queue by its number. */
async function openFromQueue(page: Page, rowTestId: string, number: string): Promise<void> {
  const row = page.getByTestId(rowTestId).and(page.locator(`[data-number="${number}"]`));
  await expect(row).toHaveCount(1);
  await row.getByTestId('case-link').click();
  await expect(page.getByTestId('case-number')).toHaveText(number);
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', status);
}

/** Approves the viewer's own active step (the one named) from the case page. */
async function approveMyStep(page: Page, stepName: string): Promise<void> {
  const step = page.getByTestId('my-step');
  await expect(step).toHaveCount(1);
  await expect(step).toHaveAttribute('data-step', stepName);
  await step.getByTestId('step-approve').click();
  await page.getByTestId('step-opinion').fill(`${stepName}：符合条件`);
  await page.getByTestId('step-approve-confirm').click();
  await expect(page.getByTestId('my-step')).toHaveCount(0);
}

test.describe.serial('a case from online application to delivery', () => {
  const applicant = newPerson('王小餐');
  let number = '';

  test('applied online, corrected once, accepted, approved in parallel and delivered', async ({ browser, request }) => {
    // Six people in six browsers through the whole lifecycle, then the certificate it yields: more than one page's minute.
    test.setTimeout(180_000);
    const items = await findItem(request, { q: ITEM_NAME, region: '4301', regionExact: 'true' });
    const item = items.find((i) => i.name === ITEM_NAME && i.department.name === DEPARTMENT);
    expect(item, `${ITEM_NAME} of ${DEPARTMENT}`).toBeTruthy();
    const applicationPdf = writePdf('application.pdf');
    const layoutPdf = writePdf('layout.pdf');
    const layoutV2Pdf = writePdf('layout-v2.pdf');

    // 1. The citizen applies online from the guide.
    const citizen = await personPage(browser, applicant);
    await citizen.goto(`/items/${item!.id}`);
    await expect(citizen.getByTestId('guide-apply')).toBeEnabled();
    await citizen.getByTestId('guide-apply').click();
    await expect(citizen).toHaveURL(new RegExp(`/apply/${item!.id}`));
    await expect(citizen.getByTestId('apply-title')).toContainText(ITEM_NAME);

    await fillFoodLicenceForm(citizen, applicant);

    // Cancelled materials are listed, struck through, and not asked for; e-certificates stand in for the licence.
    await expect(citizen.getByTestId('material-5')).toHaveAttribute('data-cancelled', 'true');
    await expect(citizen.getByTestId('material-5')).toContainText('已取消');
    await expect(citizen.getByTestId('material-1').locator('input[type=radio][value="shared-data"]')).toBeChecked();

    // Submitting without the required files names each missing material.
    await citizen.getByTestId('apply-submit').click();
    await expect(citizen.getByTestId('application-materials')).toContainText('缺少必要材料：食品经营许可申请书');

    for (const [index, file] of [[0, applicationPdf], [3, layoutPdf], [4, applicationPdf]] as const) {
      const material = citizen.getByTestId(`material-${index}`);
      await material.locator('input[type=file]').setInputFiles(file);
      await expect(material.getByTestId('material-file').and(citizen.locator('[data-status="done"]'))).toHaveCount(1);
    }
    await citizen.getByTestId('apply-submit').click();
    await expect(citizen).toHaveURL(/\/user\/cases\//);
    await expectStatus(citizen, 'submitted');
    number = (await citizen.getByTestId('case-number').textContent())!.trim();
    expect(number).toMatch(/^430100-\d{8}-\d{5}$/);
    const caseUrl = citizen.url();

    // 2. The city's window asks, in one notice, for a clearer layout plan.
    const clerk = await personPage(browser, 'window.city', '/admin/accept');
    await expect(clerk.getByTestId('window-queue')).toBeVisible();
    await openFromQueue(clerk, 'window-case', number);
    await expect(clerk.getByTestId('case-value-operator_name')).toHaveText('王小餐餐饮店');
    await expect(clerk.getByTestId('case-value-main_business')).toHaveText('餐饮服务经营者');
    await expect(clerk.getByTestId('case-value-area')).toHaveText('86');
    await clerk.getByTestId('case-request-correction').click();
    await clerk.getByTestId('correction-material-3').click();
    await clerk.getByTestId('correction-note-0').fill('经营场所平面布局图不清晰，请重新上传');
    await clerk.getByTestId('correction-confirm').click();
    await expectStatus(clerk, 'correction');

    // 3. The citizen sees the notice, replaces the file and resubmits.
    await citizen.reload();
    await expectStatus(citizen, 'correction');
    await expect(citizen.getByTestId('correction-notice')).toContainText('与食品经营相适应的主要设备设施');
    await expect(citizen.getByTestId('correction-notice')).toContainText('经营场所平面布局图不清晰');
    // The one-time notice is also a PDF to download (with a QR code to the lookup).
    const correctionPdf = await citizen.request.get((await citizen.getByTestId('case-notice-correction').getAttribute('href'))!);
    expect(correctionPdf.headers()['content-type']).toBe('application/pdf');
    const layout = citizen.getByTestId('material-3');
    await layout.getByTestId('material-file').locator('button').click();
    await expect(layout.getByTestId('material-file')).toHaveCount(0);
    await layout.locator('input[type=file]').setInputFiles(layoutV2Pdf);
    await expect(layout.getByTestId('material-file').and(citizen.locator('[data-status="done"]'))).toContainText('layout-v2.pdf');
    await citizen.getByTestId('case-resubmit').click();
    await expectStatus(citizen, 'submitted');
    await expect(citizen.getByTestId('case-materials')).toContainText('layout-v2.pdf');

    // 4. The window accepts: the clock starts.
    await clerk.reload();
    await expectStatus(clerk, 'submitted');
    await clerk.getByTestId('case-accept').click();
    await clerk.getByTestId('accept-opinion').fill('材料齐全，予以受理');
    await clerk.getByTestId('accept-confirm').click();
    await expectStatus(clerk, 'in-review');
    await expect(clerk.getByTestId('case-due')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

    // 5. The bureau's reviewer examines (stage 1) from the department queue.
    const reviewer = await personPage(browser, 'reviewer.scj', '/admin/review');
    await expect(reviewer.getByTestId('review-queue')).toBeVisible();
    await openFromQueue(reviewer, 'review-case', number);
    await approveMyStep(reviewer, '材料审查');

    // 6. Stage 2 side by side: the bureau's decision and the fire brigade's safety opinion.
    const approver = await personPage(browser, 'approver.scj', '/admin/approve');
    await openFromQueue(approver, 'review-case', number);
    await expect(approver.getByTestId('case-step').and(approver.locator('[data-status="active"]'))).toHaveCount(2);
    await approveMyStep(approver, '许可决定');
    await expectStatus(approver, 'in-review');

    const fire = await personPage(browser, 'reviewer.fire', '/admin/review');
    await openFromQueue(fire, 'review-case', number);
    await approveMyStep(fire, '消防安全意见');
    await expectStatus(fire, 'approved');

    // 7. The window hands the licence over at the counter.
    await clerk.goto('/admin/accept?queue=concluded');
    await openFromQueue(clerk, 'window-case', number);
    await clerk.getByTestId('case-deliver').click();
    await expect(clerk.getByTestId('deliver-method').locator('input[value="pickup"]')).toBeChecked();
    await clerk.getByTestId('deliver-recipient').fill(applicant.name);
    await clerk.getByTestId('deliver-confirm').click();
    await expectStatus(clerk, 'delivered');

    // 8. The citizen's case: delivered, with the whole history; my cases and messages say so too.
    await citizen.goto(caseUrl);
    await expectStatus(citizen, 'delivered');
    await expect(citizen.getByTestId('case-delivery')).toContainText('窗口领取');
    const acceptancePdf = await citizen.request.get((await citizen.getByTestId('case-notice-acceptance').getAttribute('href'))!);
    expect(acceptancePdf.headers()['content-type']).toBe('application/pdf');
    expect((await acceptancePdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const actions = await citizen.getByTestId('case-event').evaluateAll((events) => events.map((e) => e.getAttribute('data-action')));
    expect(actions.filter((a) => a !== 'created')).toEqual([
      'submit', 'request-correction', 'resubmit', 'accept', 'approve-step', 'approve-step', 'approve-step', 'deliver',
    ]);
    const timeline = citizen.getByTestId('case-timeline');
    for (const label of ['提交申请', '一次性告知补正', '补正后重新提交', '受理', '审查通过', '送达']) await expect(timeline).toContainText(label);
    await expect(citizen.getByTestId('case-step').and(citizen.locator('[data-status="approved"]'))).toHaveCount(3);

    await citizen.goto('/user');
    const mine = citizen.getByTestId('my-case-row').filter({ hasText: number });
    await expect(mine.getByTestId('my-case-status')).toHaveAttribute('data-status', 'delivered');
    await expect(citizen.getByTestId('messages-card')).toContainText('办理结果已送达');
    await mine.getByTestId('my-case-link').click();
    await expect(citizen.getByTestId('case-number')).toHaveText(number);

    // 9. The approval issued the licence as an e-certificate: it is in the citizen's wallet, and its QR link verifies.
    await citizen.goto('/user');
    const licence = citizen.getByTestId('wallet-item').filter({ hasText: '食品经营许可证' });
    await expect(licence).toHaveCount(1);
    await expect(licence.getByTestId('wallet-status')).toHaveAttribute('data-status', 'valid');
    const identifier = (await licence.getAttribute('data-identifier'))!;
    const certificatePdf = await citizen.request.get((await licence.getByTestId('wallet-pdf').getAttribute('href'))!);
    expect((await certificatePdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // The same licence as a W3C Verifiable Credential, signed by the bureau's did:key, with its revocation entry.
    const credential = await citizen.request.get((await licence.getByTestId('wallet-credential').getAttribute('href'))!);
    expect(credential.status()).toBe(200);
    const vc = (await credential.json()) as { issuer: { id: string }; credentialSubject: { certificateIdentifier: string }; credentialStatus: { type: string }; proof: { type: string } };
    expect(vc).toMatchObject({ credentialSubject: { certificateIdentifier: identifier }, credentialStatus: { type: 'StatusList2021Entry' }, proof: { type: 'Ed25519Signature2020' } });
    expect(vc.issuer.id).toMatch(/^did:key:z6Mk/);
    await licence.getByTestId('wallet-show').click();
    await expect(citizen.getByTestId('wallet-qr')).toBeVisible();
    const verifyLink = (await citizen.getByTestId('wallet-verify-link').getAttribute('href'))!;
    const verifier = await (await browser.newContext()).newPage();
    await verifier.goto(verifyLink);
    await expect(verifier.getByTestId('verify-outcome')).toHaveAttribute('data-status', 'valid');
    await expect(verifier.getByTestId('verify-identifier')).toHaveText(identifier);
    await expect(verifier.getByTestId('verify-signature')).toHaveCount(2);
    await expect(verifier.getByTestId('verify-result')).not.toContainText(applicant.idNumber);

    // 10. 减证便民: renewing the licence, the citizen presents it from the wallet, with consent, instead of a copy.
    const [renewal] = (await findItem(request, { q: RENEWAL_NAME, region: '4301', regionExact: 'true' })).filter((i) => i.name === RENEWAL_NAME);
    expect(renewal, RENEWAL_NAME).toBeTruthy();
    await citizen.goto(`/apply/${renewal!.id}`);
    await expect(citizen.getByTestId('apply-title')).toContainText(RENEWAL_NAME);
    await fillFoodLicenceForm(citizen, applicant);
    const renewalForm = citizen.getByTestId('material-0');
    await renewalForm.locator('input[type=file]').setInputFiles(applicationPdf);
    await expect(renewalForm.getByTestId('material-file').and(citizen.locator('[data-status="done"]'))).toHaveCount(1);
    const oldLicence = citizen.getByTestId('material-1');
    await oldLicence.getByTestId('material-mode-1-certificate').click();
    await expect(oldLicence.getByTestId('material-certificate-select-1')).toContainText('食品经营许可证');
    // Without consent, nothing is sent; the material says why.
    await citizen.getByTestId('apply-submit').click();
    await expect(citizen.getByTestId('application-materials')).toContainText('请勾选同意调用电子证照');
    await oldLicence.getByTestId('material-certificate-consent-1').click();
    await citizen.getByTestId('apply-submit').click();
    await expect(citizen).toHaveURL(/\/user\/cases\//);
    await expectStatus(citizen, 'submitted');
    const renewalNumber = (await citizen.getByTestId('case-number').textContent())!.trim();
    const presented = citizen.getByTestId('case-material-certificate');
    await expect(presented).toHaveAttribute('data-identifier', identifier);
    await expect(citizen.getByTestId('case-materials').locator('[data-index="1"]').getByTestId('case-file-link')).toHaveCount(0);

    // The window sees the licence verified, in place of the paper copy, without the holder's full ID number.
    await clerk.goto('/admin/accept');
    await openFromQueue(clerk, 'window-case', renewalNumber);
    await expect(clerk.getByTestId('case-material-certificate')).toHaveAttribute('data-identifier', identifier);
    await expect(clerk.getByTestId('case-material-certificate-status')).toHaveAttribute('data-status', 'valid');
    await expect(clerk.getByTestId('case-materials')).not.toContainText(applicant.idNumber);

    // The citizen's usage log says who used the licence, and for which case.
    await citizen.goto('/user');
    await citizen.getByTestId('wallet-item').filter({ hasText: '食品经营许可证' }).getByTestId('wallet-uses').click();
    await expect(citizen.getByTestId('certificate-uses')).toContainText(renewalNumber);
    await expect(citizen.getByTestId('certificate-uses')).toContainText('长沙市市场监督管理局');
    await citizen.keyboard.press('Escape');

    // 11. The bureau revokes it, with a reason; the same QR link now says revoked, and so does the renewal case.
    await approver.goto(`/admin/certificates?q=${encodeURIComponent(identifier)}`);
    const issued = approver.getByTestId('issued-row').filter({ hasText: identifier });
    await expect(issued).toHaveCount(1);
    await issued.getByTestId('issued-revoke').click();
    await approver.getByTestId('certificate-change-reason').fill('经营者申请注销');
    await approver.getByTestId('certificate-change-ok').click();
    await expect(issued.getByTestId('issued-status')).toHaveAttribute('data-status', 'revoked');
    await verifier.reload();
    await expect(verifier.getByTestId('verify-outcome')).toHaveAttribute('data-status', 'revoked');
    await clerk.reload();
    await expect(clerk.getByTestId('case-material-certificate-status')).toHaveAttribute('data-status', 'revoked');

    for (const page of [citizen, clerk, reviewer, approver, fire, verifier]) await page.context().close();
  });

  test('anyone finds the case by its number and the last four digits of the phone, without the applicant’s name', async ({ page }) => {
    expect(number).not.toBe('');
    await page.goto('/');
    await page.getByTestId('header-case-lookup').click();
    await expect(page).toHaveURL(/\/cases\/lookup/);

    // The wrong digits find nothing.
    await page.getByTestId('lookup-number').fill(number);
    await page.getByTestId('lookup-phone').fill(applicant.phone.slice(-4) === '0000' ? '1111' : '0000');
    await page.getByTestId('lookup-submit').click();
    await expect(page.getByTestId('lookup-error')).toContainText('未找到该办件');

    await page.getByTestId('lookup-phone').fill(applicant.phone.slice(-4));
    await page.getByTestId('lookup-submit').click();
    const result = page.getByTestId('lookup-result');
    await expect(result.getByTestId('lookup-result-number')).toHaveText(number);
    await expect(result.getByTestId('lookup-status')).toHaveAttribute('data-status', 'delivered');
    await expect(result).toContainText(ITEM_NAME);
    await expect(result.getByTestId('lookup-event').first()).toContainText('提交申请');
    await expect(page.getByTestId('case-lookup-page')).not.toContainText(applicant.name);
  });
});
