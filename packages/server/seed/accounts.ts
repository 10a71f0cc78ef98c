import { systemActor, type Actor, type RoleCode } from '@yiwang/contracts';
import { actorOf } from '../src/modules/identity/index.js';
import type { DemoActors } from './cases.js';
import type { Services } from '../src/app.js';

/** The password of every demo account (README lists them). Demo staff need not change it. */
export const DEMO_PASSWORD = 'Yiwang2026';

/** Demo staff: one per role, in the city, 芙蓉区 and the market-regulation bureau. */
export const DEMO_STAFF: { username: string; name: string; roles: RoleCode[]; regionCode: string; department?: string }[] = [
  { username: 'admin', name: '周平台', roles: ['platform-admin'], regionCode: '4301' },
  { username: 'catalog.city', name: '陈事项', roles: ['catalog-admin'], regionCode: '4301' },
  { username: 'catalog.furong', name: '林芙蓉', roles: ['catalog-admin'], regionCode: '430102' },
  { username: 'window.city', name: '罗窗口', roles: ['window-clerk'], regionCode: '4301' },
  { username: 'window.furong', name: '黄窗口', roles: ['window-clerk'], regionCode: '430102' },
  { username: 'reviewer.scj', name: '吴审核', roles: ['dept-reviewer'], regionCode: '4301', department: '长沙市市场监督管理局' },
  { username: 'approver.scj', name: '郑审批', roles: ['dept-approver'], regionCode: '4301', department: '长沙市市场监督管理局' },
  { username: 'reviewer.fire', name: '何消防', roles: ['dept-reviewer'], regionCode: '4301', department: '长沙市消防救援支队' },
  { username: 'agent.furong', name: '孙代办', roles: ['grassroots-agent'], regionCode: '430102' },
  { username: 'supervisor', name: '钱监察', roles: ['supervisor'], regionCode: '4301' },
  { username: 'hotline', name: '冯热线', roles: ['hotline-operator'], regionCode: '4301' },
];

export const DEMO_CITIZENS = [
  { name: '张三', idNumber: '430102199003071234', phone: '13800138000' },
  { name: '李四', idNumber: '430104198511120045', phone: '13900139000' },
];

export const DEMO_ENTERPRISE = {
  name: '长沙示例科技有限公司', uscc: '91430100MA4L00001J', legalRepresentative: '张三', legalRepresentativeIdNumber: '430102199003071234',
  phone: '13700137000',
};

/** Demo accounts for every role, a person who is the demo enterprise's agent, and one who is not; and the actors
 * (as a session would make them) of the people the demo cases need. */
export async function seedDemoAccounts(services: Services, departmentIdByName: (name: string) => string | undefined): Promise<{ count: number; actors: DemoActors }> {
  const actor = systemActor('系统初始化');
  const staff = new Map<string, Actor>();
  for (const s of DEMO_STAFF) {
    const departmentIds = s.department ? [departmentIdByName(s.department)].filter((id): id is string => Boolean(id)) : [];
    const { staff: created } = await services.staff.createStaff(actor, { ...s, phone: null, departmentIds }, { ip: null }, { password: DEMO_PASSWORD });
    staff.set(s.username, { kind: 'staff', id: created.id, name: created.name, roles: created.roles, departmentIds: created.departments.map((d) => d.id), regionCode: created.regionCode });
  }
  const people = [];
  for (const c of DEMO_CITIZENS) people.push(await services.accounts.createVerifiedAccount({ kind: 'citizen', password: DEMO_PASSWORD, ...c }));
  const enterprise = await services.accounts.createVerifiedAccount({ kind: 'enterprise', password: DEMO_PASSWORD, ...DEMO_ENTERPRISE });
  await services.accounts.linkAgent(enterprise.id, people[0]!.id);
  const actors: DemoActors = {
    zhangsan: actorOf(people[0]!, null), lisi: actorOf(people[1]!, null),
    window: staff.get('window.city')!, reviewer: staff.get('reviewer.scj')!, approver: staff.get('approver.scj')!, fire: staff.get('reviewer.fire')!,
  };
  return { count: DEMO_STAFF.length + people.length + 1, actors };
}
