import { createHash } from 'node:crypto';
import { usccCheckChar, type SaveDepartmentRequest } from '@yiwang/contracts';
import { readSeedData } from './data.js';

export const CITY_CODE = '4301';

interface SectorsFile { sectors: Sector[]; townCentre: { key: string; name: string; dockingMode: string } }
interface Sector { key: string; city: string; district: string | null; countyDistrict?: string; dockingMode: string }

/** A stable, valid USCC for a demo body: registration kind + 6-digit region + 9 chars derived from the name + check. */
export function demoUscc(kind: '11' | '12', regionCode: string, name: string): string {
  const digest = createHash('sha256').update(name).digest();
  const body = Array.from(digest.subarray(0, 9), (b) => String(b % 10)).join('');
  const first17 = `${kind}${regionCode.slice(0, 6).padEnd(6, '0')}${body}`;
  return first17 + usccCheckChar(first17)!;
}

const shortName = (district: string) => district.replace(/(区|县|市)$/, '');

/** Changsha's city departments, their counterparts in the 9 districts and county-level cities, and town centres. */
export function demoDepartments(
  counties: Array<{ code: string; name: string }>, towns: Array<{ code: string; name: string }>, villages: Array<{ code: string; name: string }>,
): SaveDepartmentRequest[] {
  const sectorsFile = readSeedData<SectorsFile>('sectors.json');
  const sectors = sectorsFile.sectors;
  const out: SaveDepartmentRequest[] = [];
  const add = (name: string, regionCode: string, sector: string, dockingMode: string, kind: '11' | '12' = '11') =>
    out.push({ name, uscc: demoUscc(kind, regionCode, name), regionCode, nature: '1', dockingMode: dockingMode as SaveDepartmentRequest['dockingMode'], sector });
  for (const s of sectors) add(s.city, CITY_CODE, s.key, s.dockingMode, s.key === 'housing-fund' || s.key === 'real-estate' ? '12' : '11');
  add('长沙市政务服务中心', CITY_CODE, 'service-centre', 'platform', '12');
  for (const county of counties) {
    const isCounty = /(县|市)$/.test(county.name);
    for (const s of sectors) {
      if (!s.district) continue;
      const pattern = isCounty && s.countyDistrict ? s.countyDistrict : s.district;
      add(pattern.replace('{district}', county.name).replace('{short}', shortName(county.name)), county.code, s.key, s.dockingMode);
    }
    add(`${county.name}政务服务中心`, county.code, 'service-centre', 'platform', '12');
  }
  const centre = sectorsFile.townCentre;
  for (const town of towns) add(centre.name.replace('{town}', town.name), town.code, centre.key, centre.dockingMode, '12');
  for (const v of villages) add(`${v.name.replace(/(居民委员会|村民委员会|居委会|村委会|委员会)$/, '')}便民服务站`, v.code, centre.key, centre.dockingMode, '12');
  return out;
}
