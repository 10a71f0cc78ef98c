import { systemActor, type FormFieldInput, type ReviewStageDef } from '@yiwang/contracts';
import type { Services } from '../src/app.js';

const SEED_ACTOR = systemActor('系统初始化');

/** The online form of 食品经营许可（新办）, as the city's market-regulation bureau would set it up. */
const FOOD_LICENCE_FORM: FormFieldInput[] = [
  { key: 'operator_name', label: '经营者名称', type: 'text', required: true, help: '与营业执照一致', maxLength: 100 },
  { key: 'premises', label: '经营场所', type: 'text', required: true, help: '住所或经营场所的详细地址', maxLength: 200 },
  { key: 'area', label: '经营面积（平方米）', type: 'number', required: true },
  { key: 'main_business', label: '主体业态', type: 'select', required: true, options: ['食品销售经营者', '餐饮服务经营者', '单位食堂'] },
  { key: 'contact_phone', label: '联系电话', type: 'phone', required: true },
  { key: 'online_sales', label: '网络经营', type: 'checkbox', required: false, help: '是否通过网络销售食品' },
];

/** Examined by the bureau, then decided by it side by side with the fire brigade's safety opinion (并联审批). */
const FOOD_LICENCE_FLOW: ReviewStageDef[] = [
  { name: '审查', steps: [{ name: '材料审查', sector: null, role: 'dept-reviewer' }] },
  {
    name: '决定',
    steps: [
      { name: '许可决定', sector: null, role: 'dept-approver' },
      { name: '消防安全意见', sector: 'fire', role: 'dept-reviewer' },
    ],
  },
];

/** Examined and decided by the bureau alone: a renewal changes nothing the fire brigade looks at. */
const FOOD_RENEWAL_FLOW: ReviewStageDef[] = [
  { name: '审查', steps: [{ name: '材料审查', sector: null, role: 'dept-reviewer' }] },
  { name: '决定', steps: [{ name: '许可决定', sector: null, role: 'dept-approver' }] },
];

/** The city bureau's items that take applications online with a form of their own. */
const DEMO_FORMS: { item: string; form: FormFieldInput[]; flow: ReviewStageDef[] }[] = [
  { item: '食品经营许可（新办）', form: FOOD_LICENCE_FORM, flow: FOOD_LICENCE_FLOW },
  // The licence it renews is presented from the wallet (证照复用); the licence issued has the same face.
  { item: '食品经营许可（延续）', form: FOOD_LICENCE_FORM, flow: FOOD_RENEWAL_FLOW },
];

/** Gives the city's food-licence items their online form and review flow (a new published version of each). */
export async function seedDemoForms(services: Services): Promise<number> {
  let given = 0;
  for (const { item: name, form, flow } of DEMO_FORMS) {
    const found = await services.catalog.search({ q: name, region: '4301', regionExact: true, page: 1, pageSize: 5 }, { admin: SEED_ACTOR });
    const item = found.items.find((i) => i.name === name && i.department.name === '长沙市市场监督管理局');
    if (!item) continue;
    const detail = await services.catalog.getAdminItem(item.id, SEED_ACTOR);
    const content = { ...detail.content, applicationForm: form, reviewFlow: flow };
    await services.catalog.saveDraft(item.id, { baseDraftVersion: null, content: content as never }, SEED_ACTOR);
    await services.catalog.publish(item.id, SEED_ACTOR);
    given += 1;
  }
  return given;
}
