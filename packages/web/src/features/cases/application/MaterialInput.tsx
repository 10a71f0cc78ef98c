import { useRef, useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Radio, Select, Tag, Upload, type UploadFile } from 'antd';
import type { CertificateView, FileView } from '@yiwang/contracts';
import { isApiError } from '../../../app/api';
import { useT } from '../../../app/i18n';
import { fileHref, UPLOAD_ACCEPT, UPLOAD_MAX_BYTES, UPLOAD_TYPES, uploadFile } from '../files';
import type { MaterialSpec, MaterialValue } from './application';

const MAX_FILES = 10;

interface MaterialInputProps {
  spec: MaterialSpec;
  value?: MaterialValue;
  onChange?: (value: MaterialValue) => void;
  disabled?: boolean;
  /** The one-time notice lists this material. */
  flagged?: boolean;
  /** The applicant's valid e-certificates of a type that stands in for this material (证照复用). */
  certificates?: CertificateView[];
}

/**
 * One material: its files (uploaded at once to /api/files; the case keeps their ids) or, where allowed,
 * 使用共享数据 or one of the applicant's e-certificates, with their consent, instead.
 */
export function MaterialInput({ spec, value, onChange, disabled, flagged, certificates = [] }: MaterialInputProps) {
  const t = useT();
  const { message } = App.useApp();
  const [pending, setPending] = useState<UploadFile[]>([]);
  const current = useRef<MaterialValue | undefined>(value);
  current.current = value;
  const mode = value?.mode ?? 'file';
  const files = value?.files ?? [];
  // A certificate already chosen stays choosable even if it has left the wallet since (the server checks it again).
  const canPresent = spec.certificateTypes.length > 0 && (certificates.length > 0 || mode === 'certificate');

  const setFiles = (next: FileView[]) => onChange?.({ mode: 'file', files: next });
  const patchPending = (uid: string, patch: Partial<UploadFile> | null) =>
    setPending((list) => (patch ? list.map((f) => (f.uid === uid ? { ...f, ...patch } : f)) : list.filter((f) => f.uid !== uid)));

  const fileList: UploadFile[] = [
    ...files.map((f): UploadFile => ({ uid: f.id, name: f.name, status: 'done', size: f.size, url: fileHref(f.id) })),
    ...pending,
  ];

  return (
    <div className={flagged ? 'yw-material-input is-flagged' : 'yw-material-input'} data-testid={`material-${spec.index}`}>
      <div className="yw-material-input-head">
        <span className="yw-strong">
          {spec.index + 1}. {spec.name}
        </span>
        <Tag color={spec.required ? 'red' : 'default'}>{spec.required ? t('case.material.required') : t('case.material.optional')}</Tag>
        {flagged && <Tag color="orange">{t('case.correction.flagged')}</Tag>}
      </div>
      {spec.standard && <div className="yw-muted yw-material-standard">{spec.standard}</div>}
      {(spec.sharedData || canPresent) && (
        <Radio.Group
          value={mode}
          disabled={disabled}
          onChange={(e) => {
            const next = e.target.value as MaterialValue['mode'];
            onChange?.(next === 'certificate' ? { mode: next, files, certificateId: value?.certificateId ?? certificates[0]?.id ?? null, consent: false } : { mode: next, files });
          }}
          data-testid={`material-mode-${spec.index}`}
          options={[
            { value: 'file', label: <span data-testid={`material-mode-${spec.index}-file`}>{t('case.material.uploadMode')}</span> },
            ...(spec.sharedData
              ? [{ value: 'shared-data', label: <span data-testid={`material-mode-${spec.index}-shared`}>{t('case.material.sharedMode')}</span> }]
              : []),
            ...(canPresent
              ? [{ value: 'certificate', label: <span data-testid={`material-mode-${spec.index}-certificate`}>{t('case.material.certificateMode')}</span> }]
              : []),
          ]}
        />
      )}
      {mode === 'certificate' ? (
        <CertificateChoice value={value!} certificates={certificates} disabled={disabled} onChange={(v) => onChange?.(v)} index={spec.index} />
      ) : mode === 'shared-data' ? (
        spec.sharedHint && <div className="yw-muted">{t('case.material.sharedFrom', { source: spec.sharedHint })}</div>
      ) : (
        <Upload
          multiple
          accept={UPLOAD_ACCEPT}
          disabled={disabled}
          fileList={fileList}
          itemRender={(node, file) => (
            <div data-testid="material-file" data-status={file.status}>
              {node}
            </div>
          )}
          beforeUpload={(file) => {
            if (!UPLOAD_TYPES.test(file.name)) {
              void message.error(t('case.upload.badType', { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            if (file.size > UPLOAD_MAX_BYTES) {
              void message.error(t('case.upload.tooLarge', { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            if ((current.current?.files.length ?? 0) + pending.length >= MAX_FILES) {
              void message.error(t('case.upload.tooMany', { n: MAX_FILES }));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file }) => {
            const raw = file as File & { uid: string };
            setPending((list) => [...list, { uid: raw.uid, name: raw.name, status: 'uploading', percent: 0 }]);
            uploadFile(raw, (percent) => patchPending(raw.uid, { percent })).then(
              (stored) => {
                patchPending(raw.uid, null);
                onChange?.({ mode: 'file', files: [...(current.current?.files ?? []), stored] });
              },
              (error: unknown) => {
                const text = isApiError(error) ? error.message : t('error.requestFailed');
                patchPending(raw.uid, { status: 'error', response: text });
                void message.error(`${raw.name}：${text}`);
              },
            );
          }}
          onRemove={(file) => {
            if (files.some((f) => f.id === file.uid)) setFiles(files.filter((f) => f.id !== file.uid));
            else patchPending(file.uid, null);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={disabled} data-testid={`material-upload-${spec.index}`}>
            {files.length > 0 ? t('case.upload.more') : t('case.upload.choose')}
          </Button>
        </Upload>
      )}
    </div>
  );
}

/** 证照复用: which of the applicant's certificates, and their consent to its use for this application. */
function CertificateChoice({ value, certificates, disabled, onChange, index }: {
  value: MaterialValue; certificates: CertificateView[]; disabled?: boolean; onChange: (v: MaterialValue) => void; index: number;
}) {
  const t = useT();
  return (
    <div className="yw-stack-sm" data-testid={`material-certificate-${index}`}>
      <Select
        value={value.certificateId ?? undefined}
        disabled={disabled}
        placeholder={t('case.material.certificateChoose')}
        onChange={(id: string) => onChange({ ...value, certificateId: id })}
        data-testid={`material-certificate-select-${index}`}
        style={{ maxWidth: 560, width: '100%' }}
        options={[
          ...certificates.map((c) => ({
            value: c.id,
            label: `${c.type.name} · ${c.issuer.name} · ${c.validTo ? `${t('cert.validTo')} ${c.validTo}` : t('cert.permanent')}`,
          })),
          // Chosen earlier, no longer valid in the wallet: named as such, not shown as its id.
          ...(value.certificateId && !certificates.some((c) => c.id === value.certificateId)
            ? [{ value: value.certificateId, label: t('case.material.certificateUnavailable') }]
            : []),
        ]}
      />
      <Checkbox
        checked={value.consent === true}
        disabled={disabled}
        onChange={(e) => onChange({ ...value, consent: e.target.checked })}
        data-testid={`material-certificate-consent-${index}`}
      >
        {t('case.material.consent')}
      </Checkbox>
    </div>
  );
}

/** A cancelled material: listed, struck through, not asked for. */
export function CancelledMaterial({ spec }: { spec: MaterialSpec }) {
  const t = useT();
  return (
    <div className="yw-material-input is-cancelled" data-testid={`material-${spec.index}`} data-cancelled="true">
      <div className="yw-material-input-head">
        <del className="yw-cancelled">
          {spec.index + 1}. {spec.name}
        </del>
        <Tag data-testid="material-cancelled">{t('case.material.cancelled')}</Tag>
      </div>
    </div>
  );
}
