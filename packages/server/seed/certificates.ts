import { systemActor, type SaveCertificateTypeInput, SaveCertificateTypeRequest } from '@yiwang/contracts';
import type { Services } from '../src/app.js';
import { DEMO_CITIZENS, DEMO_ENTERPRISE } from './accounts.js';

const SEED_ACTOR = systemActor('系统初始化');

type DemoType = Omit<SaveCertificateTypeInput, 'departmentId'> & { department: string };

/**
 * Demo certificate types (证照目录), by the departments that define them; their names are those that the demo
 * catalog's items give as their results, so approving such an item issues the certificate.
 */
const DEMO_TYPES: DemoType[] = [
  {
    name: '食品经营许可证', department: '长沙市市场监督管理局', holderKind: 'organisation', validity: { kind: 'years', years: 5 },
    description: '《食品经营许可和备案管理办法》规定的食品经营许可证',
    faceFields: [
      { key: 'operator_name', label: '经营者名称', source: 'form.operator_name', public: true },
      { key: 'credit_code', label: '社会信用代码', source: 'holder.code', public: true },
      { key: 'premises', label: '经营场所', source: 'form.premises', public: true },
      { key: 'main_business', label: '主体业态', source: 'form.main_business', public: true },
      { key: 'issuer', label: '发证机关', source: 'issuer.name', public: true },
      { key: 'valid_to', label: '有效期至', source: 'validTo', public: true },
    ],
  },
  {
    name: '营业执照', department: '长沙市市场监督管理局', holderKind: 'organisation', validity: { kind: 'permanent' },
    faceFields: [
      { key: 'name', label: '名称', source: 'holder.name', public: true },
      { key: 'credit_code', label: '统一社会信用代码', source: 'holder.code', public: true },
      { key: 'kind', label: '类型', public: true },
      { key: 'legal_representative', label: '法定代表人', public: true },
      { key: 'address', label: '住所', public: true },
      { key: 'registered_capital', label: '注册资本', required: false },
      { key: 'established_on', label: '成立日期', type: 'date', public: true },
    ],
  },
  {
    name: '居民户口簿', department: '长沙市公安局', holderKind: 'person', validity: { kind: 'permanent' },
    faceFields: [
      { key: 'name', label: '姓名', source: 'holder.name' },
      { key: 'id_number', label: '公民身份号码', source: 'holder.code' },
      { key: 'household_type', label: '户别', public: true },
      { key: 'address', label: '住址' },
    ],
  },
  {
    name: '居住证', department: '长沙市公安局', holderKind: 'person', validity: { kind: 'years', years: 1 },
    faceFields: [
      { key: 'name', label: '姓名', source: 'holder.name' },
      { key: 'id_number', label: '公民身份号码', source: 'holder.code' },
      { key: 'address', label: '居住地址', source: 'form.address' },
      { key: 'valid_to', label: '有效期至', source: 'validTo', public: true },
    ],
  },
  {
    name: '出生医学证明', department: '长沙市卫生健康委员会', holderKind: 'person', validity: { kind: 'permanent' },
    faceFields: [
      { key: 'newborn_name', label: '新生儿姓名', source: 'form.newborn_name' },
      { key: 'birth_date', label: '出生时间', type: 'date', source: 'form.birth_date' },
      { key: 'birth_place', label: '出生地点', source: 'form.birth_place', public: true },
      { key: 'mother', label: '母亲姓名', source: 'holder.name' },
    ],
  },
  {
    name: '不动产权证书', department: '长沙市不动产登记中心', holderKind: 'person', validity: { kind: 'permanent' },
    faceFields: [
      { key: 'owner', label: '权利人', source: 'holder.name' },
      { key: 'location', label: '坐落', source: 'form.location' },
      { key: 'unit_number', label: '不动产单元号', source: 'form.unit_number', public: true },
      { key: 'use', label: '用途', source: 'form.use', public: true },
      { key: 'area', label: '面积', source: 'form.area', required: false },
    ],
  },
  {
    name: '建设工程规划许可证', department: '长沙市自然资源和规划局', holderKind: 'organisation', validity: { kind: 'years', years: 2 },
    faceFields: [
      { key: 'builder', label: '建设单位', source: 'holder.name', public: true },
      { key: 'project', label: '建设项目名称', source: 'form.project', public: true },
      { key: 'location', label: '建设位置', source: 'form.location', public: true },
      { key: 'scale', label: '建设规模', source: 'form.scale', required: false, public: true },
    ],
  },
];

/** Departments allowed to read another department's certificates (用证规则), and why. */
const DEMO_RULES = [
  { type: '营业执照', department: '长沙市消防救援支队', purpose: '消防安全检查中核验经营主体资格' },
  { type: '营业执照', department: '长沙市市场监督管理局', purpose: '食品经营许可审查中核验主体资格' },
  { type: '居民户口簿', department: '长沙市市场监督管理局', purpose: '个体工商户登记中核验经营者身份' },
];

/** Certificate types, exchange rules, and existing certificates (存量) of the demo enterprise and of 张三. */
export async function seedDemoCertificates(services: Services, departmentByName: (name: string) => { id: string; uscc: string; regionCode: string; name: string } | undefined): Promise<number> {
  const { types, issueExisting } = services.certificates;
  for (const t of DEMO_TYPES) {
    const dept = departmentByName(t.department);
    if (!dept) continue;
    const { department: _d, ...rest } = t;
    await types.create(SEED_ACTOR, SaveCertificateTypeRequest.parse({ ...rest, departmentId: dept.id }));
  }
  const all = await types.list();
  for (const r of DEMO_RULES) {
    const type = all.find((t) => t.name === r.type);
    const dept = departmentByName(r.department);
    if (type && dept) await types.addRule(SEED_ACTOR, { typeId: type.id, departmentId: dept.id, purpose: r.purpose });
  }
  const scj = departmentByName('长沙市市场监督管理局')!;
  const police = departmentByName('长沙市公安局')!;
  const at = (d: { id: string; uscc: string; regionCode: string; name: string }) => ({ departmentId: d.id, name: d.name, uscc: d.uscc, regionCode: d.regionCode });
  await issueExisting('营业执照', {
    holder: { kind: 'enterprise', name: DEMO_ENTERPRISE.name, code: DEMO_ENTERPRISE.uscc, accountId: null }, issuer: at(scj), trustLevel: 'A',
    issuedOn: '2021-06-18', validTo: null,
    face: { kind: '有限责任公司（自然人独资）', legal_representative: DEMO_ENTERPRISE.legalRepresentative, address: '长沙市芙蓉区五一大道 1 号', registered_capital: '100 万元人民币', established_on: '2021-06-18' },
  });
  const zhang = DEMO_CITIZENS[0]!;
  await issueExisting('居民户口簿', {
    holder: { kind: 'citizen', name: zhang.name, code: zhang.idNumber, accountId: null }, issuer: at(police), trustLevel: 'A',
    issuedOn: '2015-03-09', validTo: null, face: { household_type: '家庭户', address: '长沙市芙蓉区定王台街道解放西路 12 号' },
  });
  return DEMO_TYPES.length;
}
