import { useState } from 'react';
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Radio, Upload } from 'antd';
import type { ImportReport } from '@yiwang/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { uploadWithProgress } from '../../../app/transfer';
import { ImportErrors, ImportSummary } from './ImportResult';

type Format = 'json' | 'csv';
type Outcome = { report: ImportReport } | { error: ApiError } | null;

const CONTENT_TYPES: Record<Format, string> = { json: 'application/json', csv: 'text/csv' };

const formatOf = (name: string): Format => (name.toLowerCase().endsWith('.csv') ? 'csv' : 'json');

/** 导入: a JSON or CSV file sent as the raw body, with upload progress and the server's report. */
export function ImportCard() {
  const t = useT();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('json');
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [uploading, setUploading] = useState(false);

  const start = async () => {
    if (!file) return;
    setOutcome(null);
    setProgress(0);
    setUploading(true);
    try {
      const report = await uploadWithProgress<ImportReport>('/api/admin/catalog/import', { format }, file, CONTENT_TYPES[format], setProgress);
      setOutcome({ report });
      void client.invalidateQueries({ queryKey: ['admin'] });
      void client.invalidateQueries({ queryKey: ['items'] });
    } catch (error) {
      if (isApiError(error)) setOutcome({ error });
      else throw error;
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card title={<h2 className="yw-card-title">{t('transfer.importTitle')}</h2>}>
      <div className="yw-stack">
        <p className="yw-muted">{t('transfer.importIntro')}</p>
        <Upload.Dragger
          accept=".json,.csv,application/json,text/csv"
          multiple={false}
          maxCount={1}
          fileList={file ? [{ uid: 'import', name: file.name, status: 'done', size: file.size }] : []}
          beforeUpload={(f) => {
            setFile(f);
            setFormat(formatOf(f.name));
            setOutcome(null);
            setProgress(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setProgress(null);
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('transfer.dropHint')}</p>
        </Upload.Dragger>
        <Radio.Group
          value={format}
          onChange={(e) => setFormat(e.target.value as Format)}
          options={[
            { value: 'json', label: 'JSON' },
            { value: 'csv', label: 'CSV' },
          ]}
          aria-label={t('transfer.format')}
        />
        <Button type="primary" icon={<UploadOutlined />} disabled={!file} loading={uploading} onClick={() => void start()} data-testid="import-submit">
          {t('transfer.importStart')}
        </Button>
        {progress !== null && <Progress
            percent={progress}
            status={uploading ? 'active' : outcome && 'error' in outcome ? 'exception' : 'success'}
            format={(percent) => (uploading && percent === 100 ? t('transfer.processing') : `${percent ?? 0}%`)}
            data-testid="import-progress"
          />}
        {outcome && 'report' in outcome && <ImportSummary report={outcome.report} />}
        {outcome && 'error' in outcome && <ImportErrors message={outcome.error.message} issues={outcome.error.issues} />}
      </div>
    </Card>
  );
}
