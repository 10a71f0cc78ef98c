import { expect, test } from '@playwright/test';
import { fillSmsCode, maskedId, newPerson, registerCitizen, uniqueIdNumber, uniquePhone, uniqueUscc } from './helpers.js';

test('an enterprise adds a citizen as its agent, who acts for it until the enterprise removes them', async ({ browser }) => {
  const citizenContext = await browser.newContext();
  const enterpriseContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  const enterprise = await enterpriseContext.newPage();

  const agent = newPerson('赵经办');
  await registerCitizen(citizen, agent);
  await expect(citizen.getByTestId('acting-for-empty')).toBeVisible();

  // 法人注册: signed in as the enterprise afterwards.
  const unit = { name: `长沙${uniquePhone().slice(-6)}测试科技有限公司`, uscc: uniqueUscc(), phone: uniquePhone(), password: 'Unit2026pass' };
  await enterprise.goto('/register?kind=enterprise');
  await enterprise.getByTestId('register-enterprise-name').fill(unit.name);
  await enterprise.getByTestId('register-enterprise-uscc').fill(unit.uscc);
  await enterprise.getByTestId('register-enterprise-representative').fill('孙法人');
  await enterprise.getByTestId('register-enterprise-representative-id').fill(uniqueIdNumber());
  await enterprise.getByTestId('register-enterprise-phone').fill(unit.phone);
  await fillSmsCode(enterprise, 'register-enterprise-sms', unit.phone);
  await enterprise.getByTestId('register-enterprise-password').fill(unit.password);
  await enterprise.getByTestId('register-enterprise-confirm').fill(unit.password);
  await enterprise.getByTestId('register-enterprise-submit').click();
  await expect(enterprise).toHaveURL(/\/user/);
  await expect(enterprise.getByTestId('account-name')).toHaveText(unit.name);
  await expect(enterprise.getByTestId('profile-uscc')).toHaveText(unit.uscc);

  // 经办人管理: the citizen is found by name and ID number and listed masked.
  await enterprise.getByTestId('agent-add-name').fill(agent.name);
  await enterprise.getByTestId('agent-add-id').fill(agent.idNumber);
  await enterprise.getByTestId('agent-add-submit').click();
  const row = enterprise.getByTestId('agent-row').filter({ hasText: agent.name });
  await expect(row).toContainText(maskedId(agent.idNumber));
  await expect(row).not.toContainText(agent.idNumber);

  // The citizen acts for the enterprise, then for themselves again.
  await citizen.reload();
  await citizen.getByTestId(`acting-for-${unit.uscc}`).click();
  await expect(citizen.getByTestId('account-name')).toHaveText(`${agent.name}（代 ${unit.name} 办理）`);
  await expect(citizen.getByTestId('acting-for-current')).toBeVisible();
  await citizen.getByTestId('acting-for-self').click();
  await expect(citizen.getByTestId('account-name')).toHaveText(agent.name);

  // The enterprise removes the agent; the citizen's page still offers the switch, and the server refuses it.
  await row.getByTestId('agent-remove').click();
  await enterprise.getByTestId('agent-remove-confirm').click();
  await expect(row).toHaveCount(0);
  await citizen.getByTestId(`acting-for-${unit.uscc}`).click();
  await expect(citizen.getByTestId('error-notification')).toContainText('您不是该单位的经办人');
  await expect(citizen.getByTestId(`acting-for-${unit.uscc}`)).toHaveCount(0);
  await expect(citizen.getByTestId('account-name')).toHaveText(agent.name);

  await citizenContext.close();
  await enterpriseContext.close();
});
