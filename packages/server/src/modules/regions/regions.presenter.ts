import type { DepartmentView, RegionView } from '@yiwang/contracts';
import type { DepartmentRow, RegionWithChildren } from './regions.repository.js';

export function presentRegion(r: RegionWithChildren): RegionView {
  return { code: r.code, name: r.name, level: r.level as RegionView['level'], parentCode: r.parentCode, hasChildren: r.hasChildren };
}

export function presentDepartment(d: DepartmentRow, regionName: string, itemCount: number): DepartmentView {
  return {
    id: d.id,
    name: d.name,
    uscc: d.uscc,
    region: { code: d.regionCode, name: regionName },
    level: d.level as DepartmentView['level'],
    nature: d.nature as DepartmentView['nature'],
    dockingMode: d.dockingMode as DepartmentView['dockingMode'],
    sector: d.sector,
    itemCount,
  };
}
