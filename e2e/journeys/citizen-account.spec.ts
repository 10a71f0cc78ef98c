import { expect, test } from '@playwright/test';
import { fillSmsCode, maskedId, maskedPhone, newPerson, registerCitizen } from './helpers.js';

test('a citizen registers with an SMS code, signs out, signs in again and sees their own record', async ({ page }) => {
  const person = newPerson('李小明');
  await registerCitizen(page, person);

  // 用户中心 shows the person's own record with the numbers masked, in full while they ask to see them; the
  // header menu only the masked ID number.
  await expect(page.getByTestId('profile-name')).toHaveText(person.name);
  await expect(page.getByTestId('profile-id-number')).toHaveText(maskedId(person.idNumber));
  await expect(page.getByTestId('profile-phone')).toHaveText(maskedPhone(person.phone));
  await page.getByTestId('profile-reveal').click();
  await expect(page.getByTestId('profile-id-number')).toHaveText(person.idNumber);
  await expect(page.getByTestId('profile-phone')).toHaveText(person.phone);
  await page.getByTestId('profile-reveal').click();
  await expect(page.getByTestId('profile-id-number')).toHaveText(maskedId(person.idNumber));
  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('account-menu-id')).toHaveText(maskedId(person.idNumber));
  await page.getByTestId('account-menu-sign-out').click();
  await expect(page.getByTestId('header-sign-in')).toBeVisible();

  // Signed out, 用户中心 leads to the sign-in page and back.
  await page.goto('/user');
  await expect(page).toHaveURL(/\/login\?next=%2Fuser/);
  await page.getByTestId('sign-in-account').fill(person.phone);
  await page.getByTestId('sign-in-password').fill('NotMyPassword1');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toContainText('账号或密码不正确');
  await page.getByTestId('sign-in-password').fill(person.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(/\/user/);
  await expect(page.getByTestId('account-name')).toHaveText(person.name);
  await expect(page.getByTestId('profile-id-number')).toHaveText(maskedId(person.idNumber));

  // The ID number is an account name too; and a code by SMS signs in as well.
  await page.getByTestId('account-menu').click();
  await page.getByTestId('account-menu-sign-out').click();
  await page.getByTestId('header-sign-in').click();
  await page.getByTestId('sign-in-tab-sms').click();
  await page.getByTestId('sign-in-phone').fill(person.phone);
  await fillSmsCode(page, 'sign-in-sms-code', person.phone);
  await page.getByTestId('sign-in-sms-submit').click();
  await expect(page.getByTestId('account-name')).toHaveText(person.name);
});

test('registration names the wrong fields in Chinese before anything is sent', async ({ page }) => {
  await page.goto('/register');
  await page.getByTestId('register-citizen-id').fill('430102199003071235');
  await page.getByTestId('register-citizen-phone').fill('12345');
  await page.getByTestId('register-citizen-password').fill('short');
  await page.getByTestId('register-citizen-confirm').fill('other');
  await page.getByTestId('register-citizen-submit').click();
  const form = page.getByTestId('register-citizen-form');
  await expect(form).toContainText('请输入姓名');
  await expect(form).toContainText('身份证号码不正确');
  await expect(form).toContainText('手机号码应为 11 位');
  await expect(form).toContainText('密码须为 8–64 位');
  await expect(form).toContainText('两次输入的密码不一致');
  await expect(page).toHaveURL(/\/register/);
});
