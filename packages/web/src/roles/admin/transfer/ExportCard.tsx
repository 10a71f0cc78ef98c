import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space } from 'antd';
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { downloadFile } from '../../../app/transfer';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';

type Format = 'json' | 'csv';

/** 导出: the catalog (optionally one region or status) as JSON or CSV. */
export function ExportCard() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [region, setRegion] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState<Format | null>(null);

  const download = async (format: Format) => {
    setBusy(format);
    try {
      const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
      const name = await downloadFile('/api/admin/catalog/export', { format, region, status }, `yiwang-catalog-${date}.${format}`);
      void message.success(t('transfer.exported', { name }));
    } catch (error) {
      handleApiError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={<h2 className="yw-card-title">{t('transfer.exportTitle')}</h2>}>
      <div className="yw-stack">
        <p className="yw-muted">{t('transfer.exportIntro')}</p>
        <div className="yw-toolbar">
          <RegionPicker value={region} onChange={setRegion} allLabel={t('region.all')} testId="export-region" />
          <Select
            allowClear
            placeholder={t('filter.status')}
            aria-label={t('filter.status')}
            value={status}
            onChange={(s: string | undefined) => setStatus(s)}
            options={ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] }))}
          />
        </div>
        <Space wrap>
          <Button type="primary" icon={<DownloadOutlined />} loading={busy === 'json'} onClick={() => void download('json')} data-testid="export-json">
            {t('transfer.exportJson')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={busy === 'csv'} onClick={() => void download('csv')} data-testid="export-csv">
            {t('transfer.exportCsv')}
          </Button>
        </Space>
      </div>
    </Card>
  );
}
