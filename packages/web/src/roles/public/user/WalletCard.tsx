import { useState } from 'react';
import { DownloadOutlined, HistoryOutlined, QrcodeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, List, Modal, QRCode, Space, Table, Tooltip } from 'antd';
import { Link } from 'react-router';
import type { CertificateView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { certificateCredentialUrl, certificatePdfUrl, useCertificateUses, useWallet } from '../../../features/certificates/certificates.api';
import { CertificateStatusTag } from '../../../features/certificates/CertificateStatusTag';
import { QueryError } from '../../../ui/QueryError';

function UsesModal({ certificate, onClose }: { certificate: CertificateView | null; onClose: () => void }) {
  const t = useT();
  const uses = useCertificateUses(certificate?.id ?? null);
  return (
    <Modal open={!!certificate} onCancel={onClose} footer={null} width={720} title={`${t('cert.uses')} · ${certificate?.type.name ?? ''}`}>
      {uses.isError && <QueryError error={uses.error} onRetry={() => void uses.refetch()} />}
      <Table
        size="small" rowKey={(u) => `${u.at}-${u.actorName}`} loading={uses.isPending} dataSource={uses.data ?? []} pagination={false}
        locale={{ emptyText: t('cert.usesEmpty') }} data-testid="certificate-uses"
        columns={[
          { title: t('cert.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          { title: t('cert.usedBy'), render: (_: unknown, u) => <span data-testid="certificate-use">{u.actorName}{u.departmentName ? `（${u.departmentName}）` : ''}</span> },
          { title: t('cert.purpose'), dataIndex: 'purpose' },
          { title: t('cert.type'), dataIndex: 'kind', render: (k: 'read' | 'reuse' | 'partner') => t(`cert.useKind.${k}`) },
        ]}
      />
    </Modal>
  );
}

/** 我的证照: what I hold, with its face, its QR code to show (亮证), the PDF, the W3C Verifiable Credential, and who used it. */
export function WalletCard() {
  const t = useT();
  const wallet = useWallet();
  const [shown, setShown] = useState<CertificateView | null>(null);
  const [usesOf, setUsesOf] = useState<CertificateView | null>(null);
  return (
    <Card title={<h2 className="yw-card-title">{t('cert.wallet')}</h2>} data-testid="wallet-card">
      {wallet.isError ? <QueryError error={wallet.error} onRetry={() => void wallet.refetch()} /> : (
        <List
          loading={wallet.isPending}
          dataSource={wallet.data ?? []}
          locale={{ emptyText: t('cert.walletEmpty') }}
          renderItem={(c) => (
            <List.Item
              data-testid="wallet-item" data-identifier={c.identifier}
              actions={[
                <Button key="qr" size="small" icon={<QrcodeOutlined />} onClick={() => setShown(c)} data-testid="wallet-show">{t('cert.showQr')}</Button>,
                <Button key="pdf" size="small" icon={<DownloadOutlined />} href={certificatePdfUrl(c.id)} data-testid="wallet-pdf">{t('cert.download')}</Button>,
                <Tooltip key="vc" title={t('cert.downloadCredentialHint')}>
                  <Button size="small" icon={<SafetyCertificateOutlined />} href={certificateCredentialUrl(c.id)} data-testid="wallet-credential">{t('cert.downloadCredential')}</Button>
                </Tooltip>,
                <Button key="uses" size="small" icon={<HistoryOutlined />} onClick={() => setUsesOf(c)} data-testid="wallet-uses">{t('cert.uses')}</Button>,
              ]}
            >
              <List.Item.Meta
                title={<Space><span data-testid="wallet-type">{c.type.name}</span><CertificateStatusTag status={c.status} testId="wallet-status" /></Space>}
                description={
                  <span className="yw-muted">
                    {c.issuer.name} · {t('cert.issuedOn')} {c.issuedOn} · {t('cert.validTo')} {c.validTo ?? t('cert.permanent')}
                    {c.caseId && <> · <Link to={`/user/cases/${c.caseId}`}>{c.caseNumber}</Link></>}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal open={!!shown} onCancel={() => setShown(null)} footer={null} title={shown?.type.name} data-testid="wallet-qr-modal">
        {shown && (
          <div className="yw-stack">
            <div className="yw-center"><QRCode value={shown.verifyUrl} size={200} data-testid="wallet-qr" /></div>
            <p className="yw-muted yw-center">{t('cert.qrHint')}</p>
            <Descriptions
              size="small" column={1} bordered
              items={[
                ...shown.face.map((f) => ({ key: f.key, label: f.label, children: f.value })),
                { key: 'id', label: t('cert.identifier'), children: <span className="yw-code">{shown.identifier}</span> },
                { key: 'v', label: t('cert.version'), children: shown.version },
              ]}
            />
            <Link to={`/certificates/verify?id=${encodeURIComponent(shown.identifier)}`} data-testid="wallet-verify-link">{t('cert.verifyTitle')}</Link>
          </div>
        )}
      </Modal>
      <UsesModal certificate={usesOf} onClose={() => setUsesOf(null)} />
    </Card>
  );
}
