import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Select, Space, Table, Tag, Upload } from 'antd';
import {
  CERTIFICATE_IMPORT_LIMITS, certificateImportColumns, DERIVED_FACE_SOURCES, importHeaderOf, type CertificateImportStatus, type CertificateImportView,
  type CertificateTypeView, type FieldIssue,
} from '@yiwang/contracts';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { downloadFile } from '../../../app/transfer';
import { uploadCertificateImport, useCertificateImport, useCertificateImports, useCertificateTypes } from '../../../features/certificates/certificates.api';
import { useSession } from '../../../features/identity/session';
import { FieldIssueTable } from '../../../ui/FieldIssueTable';
import { QueryError } from '../../../ui/QueryError';
import { rowTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

const STATUS_COLOURS: Record<CertificateImportStatus, string> = { validating: 'processing', importing: 'processing', done: 'success', failed: 'error' };

/** Every problem of a refused file: row, column, reason. */
function IssueTable({ issues }: { issues: FieldIssue[] }) {
  const t = useT();
  return <FieldIssueTable issues={issues} messageTitle={t('certImport.reason')} onRow={rowTestId('certificate-import-issue')} />;
}

/** A running or finished job: the progress bar while it signs, then the outcome. */
function JobProgress({ id }: { id: string }) {
  const t = useT();
  const client = useQueryClient();
  const job = useCertificateImport(id);
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'done' || status === 'failed') {
      void client.invalidateQueries({ queryKey: ['admin', 'certificate-imports'], exact: true });
      if (status === 'done') void client.invalidateQueries({ queryKey: ['admin', 'certificates'] });
    }
  }, [status, client]);
  if (job.isError) return <QueryError error={job.error} onRetry={() => void job.refetch()} />;
  const view = job.data;
  if (!view) return <Progress percent={0} status="active" data-testid="certificate-import-progress" />;
  const percent = view.total ? Math.floor((view.done / view.total) * 100) : 0;
  const running = view.status === 'validating' || view.status === 'importing';
  return (
    <div className="yw-stack" data-testid="certificate-import-job" data-status={view.status}>
      <Progress
        percent={view.status === 'done' ? 100 : Math.min(percent, 99)}
        status={running ? 'active' : view.status === 'done' ? 'success' : 'exception'}
        format={() => (running
          ? view.done < view.total ? t('certImport.signing', { done: view.done, total: view.total }) : t('certImport.writing')
          : `${view.done} / ${view.total}`)}
        data-testid="certificate-import-progress"
      />
      {view.status === 'done' && (
        <Alert
          type="success" showIcon title={t('certImport.done', { n: view.total })}
          description={<Link to="/admin/certificates" data-testid="certificate-import-list-link">{t('certImport.viewList')}</Link>}
          data-testid="certificate-import-done"
        />
      )}
      {view.status === 'failed' && (
        <>
          <Alert type="error" showIcon title={t('certImport.failed')} description={view.message} data-testid="certificate-import-failed" />
          {view.errors && view.errors.length > 0 && <IssueTable issues={view.errors} />}
        </>
      )}
    </div>
  );
}

/** The columns a type's file has, with the required ones marked, and the face fields the platform fills in. */
function ColumnList({ type }: { type: CertificateTypeView }) {
  const t = useT();
  const columns = certificateImportColumns(type);
  const derived = type.faceFields.filter((f) => f.source && (DERIVED_FACE_SOURCES as readonly string[]).includes(f.source));
  return (
    <div className="yw-stack" data-testid="certificate-import-columns">
      <div>
        <strong>{t('certImport.columns')}：</strong>
        <Space size={[4, 4]} wrap>
          {columns.map((c) => (
            <Tag key={c.key} color={c.required ? 'blue' : undefined}>{importHeaderOf(c)}{c.required ? ` · ${t('certImport.requiredMark')}` : ''}</Tag>
          ))}
        </Space>
      </div>
      {derived.length > 0 && <p className="yw-muted">{t('certImport.derived', { fields: derived.map((f) => f.label).join('、') })}</p>}
      <p className="yw-muted">{t('certImport.hints', { rows: CERTIFICATE_IMPORT_LIMITS.maxRows, mb: CERTIFICATE_IMPORT_LIMITS.maxBytes / 1024 / 1024 })}</p>
    </div>
  );
}

/** The department's recent imports. */
function RecentImports() {
  const t = useT();
  const list = useCertificateImports();
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<CertificateImportView>
      rowKey="id" size="small" loading={list.isFetching} dataSource={list.data ?? []} pagination={false} scroll={{ x: true }}
      onRow={rowTestId('certificate-import-row')}
      columns={[
        { key: 'type', title: t('certImport.type'), dataIndex: 'typeName' },
        { key: 'file', title: t('certImport.file'), render: (_, j) => j.fileName ?? '—' },
        { key: 'rows', title: t('certImport.rows'), render: (_, j) => (j.status === 'done' ? j.total : `${j.done} / ${j.total}`) },
        { key: 'status', title: t('cert.status'), render: (_, j) => <Tag color={STATUS_COLOURS[j.status]}>{t(`certImport.status.${j.status}`)}</Tag> },
        { key: 'by', title: t('certImport.by'), dataIndex: 'createdBy' },
        { key: 'at', title: t('certImport.at'), render: (_, j) => new Date(j.createdAt).toLocaleString() },
      ]}
    />
  );
}

/** 存量证照导入: pick the type, download its template, upload the file; every row's problem, or the job's progress. */
export default function CertificateImportPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.certificateImports'));
  const session = useSession();
  const types = useCertificateTypes();
  const handleApiError = useApiErrorHandler();
  const client = useQueryClient();
  const [typeId, setTypeId] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [refused, setRefused] = useState<{ message: string; issues: FieldIssue[] } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const account = session.data?.account;
  // The server decides; the list offers the types the staff member's departments issue (all, for the platform administrator).
  const mine = useMemo(
    () => (types.data ?? []).filter((ty) => account?.roles.includes('platform-admin') || account?.departmentIds.includes(ty.department.id)),
    [types.data, account],
  );
  const type = mine.find((ty) => ty.id === typeId);

  const reset = () => {
    setRefused(null);
    setJobId(null);
  };

  const downloadTemplate = async () => {
    if (!type) return;
    try {
      await downloadFile('/api/admin/certificate-imports/template', { typeId: type.id }, `${type.name}-存量导入模板.csv`);
    } catch (error) {
      handleApiError(error);
    }
  };

  const start = async () => {
    if (!type || !file) return;
    reset();
    setUploading(true);
    try {
      const job = await uploadCertificateImport(type.id, file);
      setJobId(job.id);
    } catch (error) {
      if (isApiError(error) && error.code === 'IMPORT_INVALID') setRefused({ message: error.message, issues: error.issues });
      else handleApiError(error);
    } finally {
      setUploading(false);
      void client.invalidateQueries({ queryKey: ['admin', 'certificate-imports'], exact: true });
    }
  };

  return (
    <div className="yw-stack" data-testid="certificate-import-page">
      <Card title={<h1 className="yw-card-title">{t('certImport.title')}</h1>}>
        <div className="yw-stack">
          <p className="yw-muted">{t('certImport.intro')}</p>
          {types.isError && <QueryError error={types.error} onRetry={() => void types.refetch()} />}
          <div className="yw-toolbar">
            <Select
              style={{ minWidth: 280 }} placeholder={t('certImport.typePlaceholder')} aria-label={t('certImport.type')} value={typeId}
              loading={types.isLoading} notFoundContent={t('certImport.noTypes')}
              options={mine.map((ty) => ({ value: ty.id, label: `${ty.name}（${ty.department.name}）` }))}
              onChange={(v: string) => { setTypeId(v); reset(); }}
              data-testid="certificate-import-type"
            />
            <Button icon={<DownloadOutlined />} disabled={!type} onClick={() => void downloadTemplate()} data-testid="certificate-import-template">
              {t('certImport.template')}
            </Button>
          </div>
          {type && <ColumnList type={type} />}
          <Upload.Dragger
            accept=".csv,.json,text/csv,application/json" multiple={false} maxCount={1} disabled={!type}
            fileList={file ? [{ uid: 'certificate-import', name: file.name, status: 'done', size: file.size }] : []}
            beforeUpload={(f) => { setFile(f); reset(); return false; }}
            onRemove={() => { setFile(null); reset(); }}
            data-testid="certificate-import-file"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p>{t('certImport.drop')}</p>
          </Upload.Dragger>
          <div>
            <Button type="primary" icon={<UploadOutlined />} disabled={!type || !file} loading={uploading} onClick={() => void start()} data-testid="certificate-import-submit">
              {t('certImport.start')}
            </Button>
          </div>
          {refused && (
            <div className="yw-stack" data-testid="certificate-import-errors">
              <Alert type="error" showIcon title={refused.message} />
              <IssueTable issues={refused.issues} />
            </div>
          )}
          {jobId && <JobProgress id={jobId} />}
        </div>
      </Card>
      <Card title={<h2 className="yw-card-title">{t('certImport.recent')}</h2>}>
        <RecentImports />
      </Card>
    </div>
  );
}
