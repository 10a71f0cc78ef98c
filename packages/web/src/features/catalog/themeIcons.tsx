import type { ComponentType } from 'react';
import {
  AccountBookOutlined, ApartmentOutlined, BookOutlined, BuildOutlined, CameraOutlined, CarOutlined, CloudOutlined,
  CoffeeOutlined, CompassOutlined, EnvironmentOutlined, FileProtectOutlined, HeartOutlined, HomeOutlined,
  IdcardOutlined, MedicineBoxOutlined, ReadOutlined, SafetyCertificateOutlined, SafetyOutlined, ShopOutlined,
  SmileOutlined, SolutionOutlined, SunOutlined, SwapOutlined, TeamOutlined, TruckOutlined, UserOutlined,
} from '@ant-design/icons';
import type { EnterpriseTheme, PersonTheme } from '@yiwang/contracts';

type Icon = ComponentType<{ className?: string }>;

export const PERSON_THEME_ICONS: Record<PersonTheme, Icon> = {
  hukou: HomeOutlined,
  'id-card': IdcardOutlined,
  birth: SmileOutlined,
  residence: EnvironmentOutlined,
  education: ReadOutlined,
  employment: SolutionOutlined,
  'social-security': SafetyOutlined,
  medical: MedicineBoxOutlined,
  housing: ApartmentOutlined,
  marriage: HeartOutlined,
  'civil-affairs': TeamOutlined,
  elderly: UserOutlined,
  vehicles: CarOutlined,
  'property-reg': FileProtectOutlined,
};

export const ENTERPRISE_THEME_ICONS: Record<EnterpriseTheme, Icon> = {
  'start-business': ShopOutlined,
  'business-change': SwapOutlined,
  'food-drug': CoffeeOutlined,
  construction: BuildOutlined,
  'planning-land': CompassOutlined,
  'tax-fees': AccountBookOutlined,
  'labour-hr': TeamOutlined,
  'env-protection': CloudOutlined,
  transport: TruckOutlined,
  'culture-tourism': CameraOutlined,
  'health-medical': MedicineBoxOutlined,
  'safety-production': SafetyCertificateOutlined,
  agriculture: SunOutlined,
  education: BookOutlined,
};
