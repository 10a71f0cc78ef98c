import { FileOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Descriptions, List, Tag } from 'antd';
import type { CaseCertificateView, CaseMaterialView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { CertificateStatusTag } from '../certificates/CertificateStatusTag';
import { fileHref, formatSize } from './files';

/** 证照复用: the certificate presented instead of the material, as checked when the case was shown. */
function PresentedCertificate({ c }: { c: CaseCertificateView }) {
  const t = useT();
  return (
    <div className="yw-presented-certificate" data-testid="case-material-certificate" data-identifier={c.identifier}>
      <div>
        <Tag color="blue" icon={<SafetyCertificateOutlined />}>{t('case.material.certificateUsed')}</Tag>
        <span className="yw-strong">{c.typeName}</span>{' '}
        <span className="yw-muted">{t('case.material.certificateStatus')}</span>{' '}
        <CertificateStatusTag status={c.status} testId="case-material-certificate-status" />
        <a href={`/certificates/verify?id=${encodeURIComponent(c.identifier)}`} target="_blank" rel="noreferrer">{t('cert.verify')}</a>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'identifier', label: t('cert.identifier'), children: <code>{c.identifier}</code> },
          { key: 'holder', label: t('cert.holder'), children: `${c.holderName}（${c.holderCode}）` },
          { key: 'issuer', label: t('cert.issuer'), children: c.issuerName },
          { key: 'validTo', label: t('cert.validTo'), children: c.validTo ?? t('cert.permanent') },
          ...c.face.map((f) => ({ key: `face-${f.key}`, label: f.label, children: f.value })),
        ]}
      />
    </div>
  );
}

/** 申请材料 as submitted: the files (download), the shared data or the e-certificate that stands in for them. */
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
            {m.mode === 'certificate' ? (
              m.certificate ? (
                <PresentedCertificate c={m.certificate} />
              ) : (
                <Tag color="error" data-testid="case-material-certificate-missing">{t('case.material.certificateMissing')}</Tag>
              )
            ) : m.mode === 'shared-data' ? (
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
