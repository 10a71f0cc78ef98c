import type { ItemContentInput, SaveDepartmentRequest } from '@yiwang/contracts';
import type { Services } from '../src/app.js';
import { demoUscc } from '../seed/departments.js';

/** A small slice of the real data: Hunan, Changsha, two districts, a few towns and villages. */
export const FIXTURE_REGIONS: Array<[string, string]> = [
  ['43', '湖南省'], ['4301', '长沙市'], ['430102', '芙蓉区'], ['430104', '岳麓区'],
  ['430102001', '文艺路街道'], ['430102002', '朝阳街街道'], ['430104001', '岳麓街道'],
  ['430102001001', '识字里社区居委会'], ['4302', '株洲市'], ['430202', '荷塘区'],
];

const dept = (name: string, regionCode: string, sector: string, kind: '11' | '12' = '11'): SaveDepartmentRequest => ({
  name, uscc: demoUscc(kind, regionCode, name), regionCode, nature: '1', dockingMode: 'platform', sector,
});

export const FIXTURE_DEPARTMENTS = [
  dept('长沙市市场监督管理局', '4301', 'market-regulation'),
  dept('长沙市公安局', '4301', 'public-security'),
  dept('芙蓉区市场监督管理局', '430102', 'market-regulation'),
  dept('岳麓区市场监督管理局', '430104', 'market-regulation'),
  dept('长沙市公安局芙蓉分局', '430102', 'public-security'),
  dept('文艺路街道政务服务中心', '430102001', 'service-centre', '12'),
  dept('朝阳街街道政务服务中心', '430102002', 'service-centre', '12'),
  dept('识字里社区便民服务站', '430102001001', 'service-centre', '12'),
  dept('株洲市市场监督管理局', '4302', 'market-regulation'),
];

export async function seedFixture(services: Services) {
  await services.regions.loadRegions(FIXTURE_REGIONS);
  const rows = await services.regions.addDepartments(FIXTURE_DEPARTMENTS);
  const byName = (name: string) => rows.find((r) => r.name === name)!;
  return { departments: rows, byName };
}

/** A valid item content, as an administrator would enter it. */
export function sampleContent(overrides: Partial<ItemContentInput> = {}): ItemContentInput {
  return {
    name: '食品经营许可（新办）',
    itemType: '01',
    serviceObjects: ['2', '5'],
    legalLimit: { value: 20, unit: 'working-day' },
    promisedLimit: { value: 5, unit: 'working-day' },
    caseType: '2',
    trips: 0,
    onlineDepth: '4',
    conditions: '申请人应当取得营业执照等合法主体资格，具有与经营的食品品种、数量相适应的经营场所。',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    processOnline: ['网上申报', '受理', '审查', '决定', '送达'],
    result: { name: '食品经营许可证', type: 'certificate', certificateType: '食品经营许可证' },
    personThemes: [],
    enterpriseThemes: ['food-drug'],
    materials: [
      { name: '食品经营许可申请书', source: 'applicant' },
      { name: '营业执照', source: 'government', replaceableByCertificates: ['营业执照'] },
      { name: '场所使用证明', cancelled: true },
    ],
    ...overrides,
  };
}
