import fs from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { citizenIdCheckChar, type ItemSearchResult, usccCheckChar } from '@yiwang/contracts';
import { SMS_OUTBOX } from '../e2e-env.js';

/** The password of every demo account the server seeds. */
export const DEMO_PASSWORD = 'Yiwang2026';

/** Signs in on /login with a password (account: login name, mobile, ID number or USCC) and waits to leave the page. */
export async function signIn(page: Page, account: string, password = DEMO_PASSWORD, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByTestId('sign-in-account').fill(account);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs in as a demo staff member (the catalog administrator of 长沙市 unless told) and opens `next`. */
export async function signInAsStaff(page: Page, next = '/admin/items', username = 'catalog.city'): Promise<void> {
  await signIn(page, username, DEMO_PASSWORD, next);
  await expect(page).toHaveURL(new RegExp(next.replace(/[?]/g, '\\?')));
}

/** The catalog journeys: an 事项管理员 of the city. */
export const signInAsAdmin = (page: Page, next = '/admin/items') => signInAsStaff(page, next, 'catalog.city');

/** Signs out through the header's account menu (portal) or the workbench's button. */
export async function signOut(page: Page): Promise<void> {
  const workbenchButton = page.getByTestId('admin-sign-out');
  if (await workbenchButton.isVisible()) {
    await workbenchButton.click();
  } else {
    await page.getByTestId('account-menu').click();
    await page.getByTestId('account-menu-sign-out').click();
  }
  await expect(page.getByTestId('header-sign-in')).toBeVisible();
}

/** The first published item matching a query, through the public API. */
export async function findItem(request: APIRequestContext, query: Record<string, string>) {
  const res = await request.get('/api/items', { params: { pageSize: '50', ...query } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as ItemSearchResult).items;
}

const random = (digits: number) => Array.from({ length: digits }, () => Math.floor(Math.random() * 10)).join('');

/** A mobile number nobody registered in this run (139 + 8 random digits). */
export function uniquePhone(): string {
  return `139${random(8)}`;
}

/** A valid 公民身份号码 of 芙蓉区 (430102) with a real birth date and a random serial. */
export function uniqueIdNumber(): string {
  const birth = new Date(Date.UTC(1960 + Math.floor(Math.random() * 40), 0, 1) + Math.floor(Math.random() * 365) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `430102${date}${random(3)}`;
  return first17 + citizenIdCheckChar(first17)!;
}

/** A valid 统一社会信用代码 of an enterprise of 芙蓉区 (91 430102 + a random organisation code). */
export function uniqueUscc(): string {
  const first17 = `91430102${random(9)}`;
  return first17 + usccCheckChar(first17)!;
}

interface SmsLine {
  at: string;
  phone: string;
  text: string;
}

/** The newest SMS code sent to a phone since a moment, from the server's outbox file. */
export async function readSmsCode(phone: string, since: number): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      () => {
        if (!fs.existsSync(SMS_OUTBOX)) return undefined;
        const lines = fs.readFileSync(SMS_OUTBOX, 'utf8').split('\n').filter(Boolean);
        const messages = lines.map((line) => JSON.parse(line) as SmsLine);
        const newest = messages.filter((m) => m.phone === phone && Date.parse(m.at) >= since - 2000).at(-1);
        code = newest ? /(\d{6})/.exec(newest.text)?.[1] : undefined;
        return code;
      },
      { message: `an SMS code for ${phone} in ${SMS_OUTBOX}` },
    )
    .toMatch(/^\d{6}$/);
  return code!;
}

/** Clicks "获取验证码" next to a form's code input and types the code the server wrote to the outbox. */
export async function fillSmsCode(page: Page, testId: string, phone: string): Promise<void> {
  const since = Date.now();
  await page.getByTestId(`${testId}-send`).click();
  await expect(page.getByTestId(`${testId}-send`)).toContainText('秒后重新获取');
  await page.getByTestId(testId).fill(await readSmsCode(phone, since));
}

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
  password: string;
}

/** A new person for one journey: unique ID and mobile numbers. */
export function newPerson(name: string): Person {
  return { name, idNumber: uniqueIdNumber(), phone: uniquePhone(), password: `Pass${random(6)}` };
}

/** 个人注册 through /register; the page is signed in as the person afterwards. */
export async function registerCitizen(page: Page, person: Person): Promise<void> {
  await page.goto('/register');
  await page.getByTestId('register-citizen-name').fill(person.name);
  await page.getByTestId('register-citizen-id').fill(person.idNumber);
  await page.getByTestId('register-citizen-phone').fill(person.phone);
  await fillSmsCode(page, 'register-citizen-sms', person.phone);
  await page.getByTestId('register-citizen-password').fill(person.password);
  await page.getByTestId('register-citizen-confirm').fill(person.password);
  await page.getByTestId('register-citizen-submit').click();
  await expect(page).toHaveURL(/\/user/);
  await expect(page.getByTestId('account-name')).toHaveText(person.name);
}

/** `430102199003071236` → `4301**********1236`, as the server masks ID numbers. */
export function maskedId(idNumber: string): string {
  return `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

/** `13800138000` → `138****8000`, as the server masks mobile numbers. */
export function maskedPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}

/**
 * Picks an option of an antd Select by its label. The select is centred first: a dropdown that opens near the
 * bottom edge moves when the page scrolls to its option, and the click would miss.
 */
export async function chooseOption(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  await expect(select).toContainText(option);
}
