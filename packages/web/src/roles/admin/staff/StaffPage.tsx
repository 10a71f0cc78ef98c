import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { ROLES, type RoleCode, type StaffCreated, type StaffView } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { useSession } from '../../../features/identity/session';
import { RegionPicker } from '../../../features/regions/RegionPicker';
import { codeOptions } from '../../../ui/options';
import { QueryError } from '../../../ui/QueryError';
import { SearchBox } from '../../../ui/SearchBox';
import { rowTestId, withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { SecretModal } from '../SecretModal';
import { useResetStaffPassword, useStaffList } from './staff.api';
import { StaffFormModal } from './StaffFormModal';

function StatusTag({ staff }: { staff: StaffView }) {
  const t = useT();
  if (staff.disabled) return <Tag color="default">{t('staff.status.disabled')}</Tag>;
  if (staff.mustChangePassword) return <Tag color="orange">{t('staff.status.mustChange')}</Tag>;
  return <Tag color="green">{t('staff.status.active')}</Tag>;
}

/** 工作人员: staff accounts with their region, departments and roles; new accounts get a one-time password. */
export default function StaffPage() {
  const t = useT();
  useDocumentTitle(t('admin.nav.staff'));
  const { message } = App.useApp();
  const session = useSession();
  const filters = useUrlFilters();
  const region = filters.get('region');
  const roleParam = filters.get('role');
  const role = ROLES.codes.find((code) => code === roleParam);
  const q = filters.get('q');
  const list = useStaffList({ q, region, role });
  const reset = useResetStaffPassword();
  const handleApiError = useApiErrorHandler();
  const [editing, setEditing] = useState<StaffView | 'new' | null>(null);
  const [secret, setSecret] = useState<{ created: StaffCreated; reset: boolean } | null>(null);

  const columns: TableColumnsType<StaffView> = [
    { key: 'username', title: t('staff.username'), render: (_, s) => <span className="yw-code">{s.username}</span> },
    { key: 'name', title: t('account.personName'), dataIndex: 'name' },
    { key: 'region', title: t('field.region'), dataIndex: 'regionName' },
    { key: 'departments', title: t('staff.departments'), render: (_, s) => s.departments.map((d) => d.name).join('、') || '—' },
    {
      key: 'roles',
      title: t('staff.roles'),
      render: (_, s) => s.roles.map((r) => <Tag key={r}>{ROLES.label(r)}</Tag>),
    },
    { key: 'status', title: t('field.status'), render: (_, s) => <StatusTag staff={s} /> },
    { key: 'lastSignIn', title: t('staff.lastSignIn'), render: (_, s) => formatDateTime(s.lastSignInAt), width: 150 },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, s) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(s)} data-testid="staff-edit">
            {t('action.edit')}
          </Button>
          <Popconfirm
            title={t('staff.resetConfirm', { name: s.name })}
            description={t('staff.resetHint')}
            okText={t('staff.resetPassword')}
            okButtonProps={withTestId({}, 'staff-reset-confirm')}
            cancelText={t('action.cancel')}
            onConfirm={() =>
              reset.mutateAsync(s.id).then(
                (created) => setSecret({ created, reset: true }),
                (error: unknown) => void handleApiError(error),
              )
            }
          >
            <Button size="small" data-testid="staff-reset-password">
              {t('staff.resetPassword')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={<h1 className="yw-card-title">{t('admin.nav.staff')}</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="staff-new">
          {t('staff.new')}
        </Button>
      }
    >
      <div className="yw-stack">
        <div className="yw-toolbar">
          <RegionPicker value={region} onChange={(code) => filters.set({ region: code })} allLabel={t('region.all')} testId="staff-filter-region" showPath />
          <Select
            allowClear
            placeholder={t('staff.roles')}
            aria-label={t('staff.roles')}
            value={role}
            onChange={(value: RoleCode | undefined) => filters.set({ role: value })}
            options={codeOptions(ROLES)}
            popupMatchSelectWidth={false}
            data-testid="staff-filter-role"
          />
          <SearchBox
            key={q ?? ''}
            defaultValue={q}
            placeholder={t('staff.searchPlaceholder')}
            testId="staff-search"
            className="yw-toolbar-search"
            onSearch={(value) => filters.set({ q: value || undefined })}
          />
        </div>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          onRow={rowTestId('staff-row')}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="staff-table"
        />
      </div>
      {editing && (
        <StaffFormModal
          staff={editing === 'new' ? undefined : editing}
          defaultRegion={region ?? session.data?.account?.regionCode ?? undefined}
          onCreated={(created) => {
            setEditing(null);
            setSecret({ created, reset: false });
          }}
          onSaved={() => {
            void message.success(t('deptAdmin.saved'));
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {secret && (
        <SecretModal
          title={secret.reset ? t('staff.resetDone') : t('staff.created')}
          description={t('staff.initialPasswordIntro', { username: secret.created.staff.username, name: secret.created.staff.name })}
          secret={secret.created.initialPassword}
          testId="initial-password"
          onClose={() => setSecret(null)}
        />
      )}
    </Card>
  );
}
