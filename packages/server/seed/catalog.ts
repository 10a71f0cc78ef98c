import { implementationCode, type ItemContentInput } from '@yiwang/contracts';
import type { BulkItem } from '../src/modules/catalog/index.js';
import type { DepartmentRow } from '../src/modules/regions/index.js';
import { CITY_CODE } from './departments.js';

/** One real item of the demo catalog (data/catalog-*.json). */
export interface SeedItem {
  basicCode: string;
  itemType: string;
  sector: string;
  /** Levels that implement it under their own authority: 3 city, 4 each county, 5 each demo town, 6 each demo village. */
  levels: string[];
  /** Delegated one step down from its lowest own level. */
  delegatedTo: string | null;
  content: ItemContentInput;
}

export interface SeedDelegation {
  sourceImplCode: string;
  targets: Array<{ regionCode: string; departmentId: string }>;
}

type Place = { code: string; name: string };

const HOURS = '周一至周五 上午 9:00—12:00，下午 13:30—17:00（法定节假日除外）';

function where(dept: DepartmentRow, placeName: string): Pick<ItemContentInput, 'location' | 'hours' | 'consultPhone' | 'complaintPhone'> {
  const location = dept.level === '3' ? '长沙市政务服务中心（长沙市岳麓区岳麓大道 218 号）综合受理窗口'
    : dept.level === '4' ? `${placeName}政务服务中心综合受理窗口`
    : `${placeName}政务服务中心（便民服务站）帮代办窗口`;
  return { location, hours: HOURS, consultPhone: '0731-12345', complaintPhone: '0731-12345' };
}

/**
 * Spreads the demo items over the departments that implement them, and lists the delegations that the seed
 * then performs through the delegation use case.
 */
export function demoCatalog(items: SeedItem[], depts: DepartmentRow[], counties: Place[], towns: Place[]) {
  const bySector = new Map(depts.map((d) => [`${d.regionCode}:${d.sector}`, d]));
  const placeName = new Map([...counties, ...towns].map((p) => [p.code, p.name]));
  const villageDepts = depts.filter((d) => d.level === '6');
  const rows: BulkItem[] = [];
  const delegations: SeedDelegation[] = [];

  const row = (item: SeedItem, dept: DepartmentRow) => {
    rows.push({
      basicCode: item.basicCode, catalogName: item.content.name, itemType: item.itemType, department: dept,
      content: { ...item.content, ...where(dept, placeName.get(dept.regionCode) ?? '长沙市') },
    });
    return implementationCode(dept.uscc, dept.level, item.basicCode);
  };
  const countyDept = (item: SeedItem, code: string) => bySector.get(`${code}:${item.sector}`) ?? bySector.get(`${code}:service-centre`);

  for (const item of items) {
    const implemented = new Map<string, string>();
    if (item.levels.includes('3')) {
      const dept = bySector.get(`${CITY_CODE}:${item.sector}`) ?? bySector.get(`${CITY_CODE}:service-centre`)!;
      implemented.set(CITY_CODE, row(item, dept));
    }
    if (item.levels.includes('4')) {
      for (const c of counties) {
        const dept = bySector.get(`${c.code}:${item.sector}`);
        if (dept) implemented.set(c.code, row(item, dept));
      }
    }
    if (item.levels.includes('5')) for (const t of towns) implemented.set(t.code, row(item, bySector.get(`${t.code}:service-centre`)!));
    if (item.levels.includes('6')) for (const v of villageDepts) implemented.set(v.regionCode, row(item, v));

    if (item.delegatedTo === '4' && implemented.has(CITY_CODE)) {
      const targets = counties.filter((c) => !implemented.has(c.code)).map((c) => countyDept(item, c.code)).filter((d): d is DepartmentRow => !!d);
      if (targets.length) delegations.push({ sourceImplCode: implemented.get(CITY_CODE)!, targets: targets.map((d) => ({ regionCode: d.regionCode, departmentId: d.id })) });
    }
    if (item.delegatedTo === '5' || item.delegatedTo === '6') {
      for (const c of counties) {
        const source = implemented.get(c.code);
        if (!source) continue;
        const targetDepts = item.delegatedTo === '5'
          ? towns.filter((t) => t.code.startsWith(c.code) && !implemented.has(t.code)).map((t) => bySector.get(`${t.code}:service-centre`)!)
          : villageDepts.filter((v) => v.regionCode.startsWith(c.code) && !implemented.has(v.regionCode));
        if (targetDepts.length) delegations.push({ sourceImplCode: source, targets: targetDepts.map((d) => ({ regionCode: d.regionCode, departmentId: d.id })) });
      }
    }
  }
  return { items: rows, delegations };
}
