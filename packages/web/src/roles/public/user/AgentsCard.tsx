import { App, Button, Card, Form, Input, Popconfirm, Table, type TableColumnsType, Typography } from 'antd';
import { AddAgentRequest, type AgentView, CitizenIdNumber, PersonName } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../features/catalog/format';
import { useAddAgent, useAgents, useRemoveAgent } from '../../../features/identity/identity.api';
import { QueryError } from '../../../ui/QueryError';
import { rowTestId, withTestId } from '../../../ui/testId';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { parseForm, zodRule } from '../../../ui/zodRule';

/** 经办人管理: the persons who may act for this enterprise; added by name and ID number, removed with a confirmation. */
export function AgentsCard() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddAgentRequest>();
  const agents = useAgents();
  const add = useAddAgent();
  const remove = useRemoveAgent();
  const handleApiError = useApiErrorHandler();

  const submit = (values: AddAgentRequest) => {
    const body = parseForm(form, AddAgentRequest, values, t);
    if (!body) return;
    add.mutate(body, {
      onSuccess: (agent) => {
        form.resetFields();
        void message.success(t('account.agentAdded', { name: agent.name }));
      },
      onError: (error) => handleApiError(error, { form }),
    });
  };

  const columns: TableColumnsType<AgentView> = [
    { key: 'name', title: t('account.personName'), dataIndex: 'name' },
    { key: 'id', title: t('account.idNumber'), render: (_, a) => <span className="yw-code">{a.idNumber}</span> },
    { key: 'phone', title: t('account.phone'), render: (_, a) => <span className="yw-code">{a.phone}</span> },
    { key: 'added', title: t('account.agentAddedAt'), render: (_, a) => formatDateTime(a.addedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, a) => (
        <Popconfirm
          title={t('account.removeAgentConfirm', { name: a.name })}
          description={t('account.removeAgentHint')}
          okText={t('account.removeAgent')}
          okButtonProps={withTestId({ danger: true }, 'agent-remove-confirm')}
          cancelText={t('action.cancel')}
          onConfirm={() =>
            remove.mutateAsync(a.personId).then(
              () => void message.success(t('account.agentRemoved', { name: a.name })),
              (error: unknown) => void handleApiError(error),
            )
          }
        >
          <Button size="small" danger data-testid="agent-remove">
            {t('account.removeAgent')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card title={t('account.agentsTitle')} data-testid="agents-card">
      <Typography.Paragraph type="secondary">{t('account.agentsIntro')}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={submit} validateTrigger="onBlur" className="yw-agent-form" data-testid="agent-add-form">
        <Form.Item name="name" rules={[zodRule(PersonName, t)]}>
          <Input placeholder={t('account.personName')} aria-label={t('account.personName')} maxLength={30} data-testid="agent-add-name" />
        </Form.Item>
        <Form.Item name="idNumber" normalize={(v: string) => v.toUpperCase()} rules={[zodRule(CitizenIdNumber, t)]}>
          <Input
            placeholder={t('account.idNumber')}
            aria-label={t('account.idNumber')}
            maxLength={18}
            className="yw-code yw-id-input"
            data-testid="agent-add-id"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="agent-add-submit">
            {t('account.addAgent')}
          </Button>
        </Form.Item>
      </Form>
      {agents.isError && <QueryError error={agents.error} onRetry={() => void agents.refetch()} />}
      <Table
        rowKey="personId"
        size="small"
        columns={columns}
        dataSource={agents.data}
        loading={agents.isPending}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText: t('account.noAgents') }}
        onRow={rowTestId('agent-row')}
        data-testid="agents-table"
      />
    </Card>
  );
}
