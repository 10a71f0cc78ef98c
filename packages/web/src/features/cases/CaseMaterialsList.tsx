import { FileOutlined } from '@ant-design/icons';
import { List, Tag } from 'antd';
import type { CaseMaterialView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { fileHref, formatSize } from './files';

/** 申请材料 as submitted: the files (download) or the shared data that stands in for them. */
export function CaseMaterialsList({ materials, flagged = [] }: { materials: CaseMaterialView[]; flagged?: number[] }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={materials}
      data-testid="case-materials"
      renderItem={(m) => (
        <List.Item data-testid="case-material" data-index={m.index}>
          <div className="yw-case-material">
            <div>
              <span className="yw-strong">{m.name}</span>{' '}
              {flagged.includes(m.index) && <Tag color="orange">{t('case.correction.flagged')}</Tag>}
            </div>
            {m.mode === 'shared-data' ? (
              <Tag color="purple" data-testid="case-material-shared">
                {t('case.material.sharedUsed')}
              </Tag>
            ) : m.files.length > 0 ? (
              <ul className="yw-file-list">
                {m.files.map((f) => (
                  <li key={f.id}>
                    <a href={fileHref(f.id)} download={f.name} data-testid="case-file-link">
                      <FileOutlined /> {f.name}
                    </a>{' '}
                    <span className="yw-muted">{formatSize(f.size)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="yw-muted">{t('case.material.none')}</span>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
