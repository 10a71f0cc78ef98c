import type { HTMLAttributes } from 'react';
import { Descriptions, Table, type TableColumnsType, Tag } from 'antd';
import { MATERIAL_FORMS, MATERIAL_REQUIREMENTS, MATERIAL_SOURCES, type MaterialView } from '@yiwang/contracts';
import { type Translate, useT } from '../../../app/i18n';
import { GuideSection } from './GuideSection';

function MaterialName({ material, t }: { material: MaterialView; t: Translate }) {
  return (
    <div data-testid="material-name" data-cancelled={material.cancelled}>
      {material.cancelled ? <del className="yw-cancelled">{material.name}</del> : <span>{material.name}</span>}
      <div className="yw-material-tags">
        {material.cancelled && (
          <Tag color="default" data-testid="material-cancelled">
            {t('material.cancelled')}
          </Tag>
        )}
        {material.replaceableByCertificates.map((cert) => (
          <Tag color="green" key={cert} data-testid="material-certificate">
            {t('material.replaceable', { name: cert })}
          </Tag>
        ))}
        {material.sharedDataSource && (
          <Tag color="purple" title={material.sharedDataSource} data-testid="material-shared">
            {t('material.shared')}
          </Tag>
        )}
      </div>
    </div>
  );
}

function MaterialDetails({ material, t }: { material: MaterialView; t: Translate }) {
  const dash = (value: string | null) => (value?.trim() ? value : '—');
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'standard', label: t('material.standard'), children: dash(material.standard) },
        { key: 'issuer', label: t('material.issuer'), children: dash(material.issuer) },
        { key: 'blankForm', label: t('material.blankForm'), children: dash(material.blankForm) },
        { key: 'sample', label: t('material.sample'), children: dash(material.sample) },
        { key: 'shared', label: t('material.sharedSource'), children: dash(material.sharedDataSource) },
        { key: 'legalBasis', label: t('material.legalBasis'), children: dash(material.legalBasis) },
      ]}
    />
  );
}

/** 申请材料: cancelled materials stay listed, struck through, as not needed. */
export function MaterialsTable({ materials }: { materials: MaterialView[] }) {
  const t = useT();
  const columns: TableColumnsType<MaterialView> = [
    { key: 'code', title: t('material.code'), dataIndex: 'code', width: 170, render: (code: string) => <span className="yw-code">{code}</span> },
    { key: 'name', title: t('material.name'), render: (_, m) => <MaterialName material={m} t={t} /> },
    { key: 'originals', title: t('material.originals'), dataIndex: 'originals', width: 70, align: 'center' },
    { key: 'copies', title: t('material.copies'), dataIndex: 'copies', width: 70, align: 'center' },
    { key: 'form', title: t('material.form'), width: 100, render: (_, m) => MATERIAL_FORMS.label(m.form) },
    {
      key: 'requirement',
      title: t('material.requirement'),
      width: 100,
      render: (_, m) => (m.cancelled ? t('material.notNeeded') : MATERIAL_REQUIREMENTS.label(m.requirement)),
    },
    {
      key: 'source',
      title: t('material.source'),
      width: 140,
      render: (_, m) => (m.issuer ? `${MATERIAL_SOURCES.label(m.source)}（${m.issuer}）` : MATERIAL_SOURCES.label(m.source)),
    },
  ];
  return (
    <GuideSection id="guide-materials" title={t('guide.materials', { n: materials.filter((m) => !m.cancelled).length })}>
      <Table
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={materials}
        pagination={false}
        scroll={{ x: 760 }}
        rowClassName={(m) => (m.cancelled ? 'yw-row-cancelled' : '')}
        onRow={() => ({ 'data-testid': 'material-row' }) as HTMLAttributes<HTMLElement>}
        expandable={{ expandedRowRender: (m) => <MaterialDetails material={m} t={t} /> }}
        locale={{ emptyText: t('guide.noMaterials') }}
      />
    </GuideSection>
  );
}
