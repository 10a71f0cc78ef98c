import type { ReactNode } from 'react';
import {
  ApartmentOutlined, AuditOutlined, CloudUploadOutlined, BarChartOutlined, CalendarOutlined, CheckSquareOutlined, EyeOutlined, FileSearchOutlined, FileTextOutlined,
  IdcardOutlined, KeyOutlined, PhoneOutlined, SafetyCertificateOutlined, SafetyOutlined, SolutionOutlined, SwapOutlined, TeamOutlined,
} from '@ant-design/icons';
import type { SessionView } from '@yiwang/contracts';
import type { MessageKey } from '../../../app/i18n';
import { canAny } from '../../../features/identity/session';
import { type SectionKey, SECTION_ACTIONS } from '../access';

export interface WorkbenchSection {
  key: SectionKey;
  label: MessageKey;
  /** What the section is for, on the workbench home. */
  description: MessageKey;
  icon: ReactNode;
  /** The work arrives with a later release. */
  later?: boolean;
}

/** The workbench's sections in menu order: case work, the catalog's, identity's, then the ones of later releases. */
export const SECTIONS: readonly WorkbenchSection[] = [
  { key: 'accept', label: 'admin.nav.accept', description: 'workbench.desc.accept', icon: <SolutionOutlined /> },
  { key: 'review', label: 'admin.nav.review', description: 'workbench.desc.review', icon: <EyeOutlined /> },
  { key: 'approve', label: 'admin.nav.approve', description: 'workbench.desc.approve', icon: <CheckSquareOutlined /> },
  { key: 'supervision', label: 'admin.nav.supervision', description: 'workbench.desc.supervision', icon: <SafetyOutlined /> },
  { key: 'certificates', label: 'admin.nav.certificates', description: 'workbench.desc.certificates', icon: <SafetyCertificateOutlined /> },
  { key: 'certificate-imports', label: 'admin.nav.certificateImports', description: 'workbench.desc.certificateImports', icon: <CloudUploadOutlined /> },
  { key: 'items', label: 'admin.nav.items', description: 'workbench.desc.items', icon: <FileTextOutlined /> },
  { key: 'import-export', label: 'admin.nav.transfer', description: 'workbench.desc.transfer', icon: <SwapOutlined /> },
  { key: 'stats', label: 'admin.nav.stats', description: 'workbench.desc.stats', icon: <BarChartOutlined /> },
  { key: 'departments', label: 'admin.nav.departments', description: 'workbench.desc.departments', icon: <ApartmentOutlined /> },
  { key: 'staff', label: 'admin.nav.staff', description: 'workbench.desc.staff', icon: <TeamOutlined /> },
  { key: 'people', label: 'admin.nav.people', description: 'workbench.desc.people', icon: <FileSearchOutlined /> },
  { key: 'api-tokens', label: 'admin.nav.apiTokens', description: 'workbench.desc.apiTokens', icon: <KeyOutlined /> },
  { key: 'audit', label: 'admin.nav.audit', description: 'workbench.desc.audit', icon: <AuditOutlined /> },
  { key: 'calendar', label: 'admin.nav.calendar', description: 'workbench.desc.calendar', icon: <CalendarOutlined /> },
  { key: 'certificate-types', label: 'admin.nav.certificateTypes', description: 'workbench.desc.certificateTypes', icon: <IdcardOutlined /> },
  { key: 'hotline', label: 'admin.nav.hotline', description: 'workbench.later.hotline', icon: <PhoneOutlined />, later: true },
];

export const sectionPath = (key: SectionKey) => `/admin/${key}`;

/** The sections this session's roles open. */
export function sectionsFor(session: SessionView | undefined): WorkbenchSection[] {
  return SECTIONS.filter((section) => canAny(session, SECTION_ACTIONS[section.key]));
}
