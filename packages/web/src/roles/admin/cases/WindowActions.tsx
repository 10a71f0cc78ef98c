import { useState } from 'react';
import { App, Button, Card, Form, Input, Space } from 'antd';
import {
  CorrectionRequest, DeliverRequest, OpinionRequest, ReasonsRequest, type CaseView,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import type { CaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { zodRule } from '../../../ui/zodRule';
import { ActionModal } from './ActionModal';
import { useWindowAction } from './cases.api';
import { CorrectionFields } from './CorrectionFields';
import { DeliverFields } from './DeliverFields';

type Open = 'accept' | 'not-accept' | 'request-correction' | 'deliver' | null;

/** The window's buttons, as CaseView.actions allows: 受理, 不予受理, 一次性告知补正, 送达. */
export function WindowActions({ view, onError }: { view: CaseView; onError: CaseErrorHandler }) {
  const t = useT();
  const { message } = App.useApp();
  const action = useWindowAction(view.id);
  const [open, setOpen] = useState<Open>(null);
  const has = (a: CaseView['actions'][number]) => view.actions.includes(a);
  if (!has('accept') && !has('not-accept') && !has('request-correction') && !has('deliver')) return null;
  const close = () => setOpen(null);
  const done = (text: string) => () => {
    void message.success(text);
    close();
  };
  const common = { onError, onClose: close };
  return (
    <Card title={<h2 className="yw-card-title">{t('window.actionsTitle')}</h2>} data-testid="window-actions-card">
      <Space wrap data-testid="window-actions">
        {has('accept') && (
          <Button type="primary" onClick={() => setOpen('accept')} data-testid="case-accept">
            {t('window.accept')}
          </Button>
        )}
        {has('request-correction') && (
          <Button onClick={() => setOpen('request-correction')} data-testid="case-request-correction">
            {t('window.requestCorrection')}
          </Button>
        )}
        {has('not-accept') && (
          <Button danger onClick={() => setOpen('not-accept')} data-testid="case-not-accept">
            {t('window.notAccept')}
          </Button>
        )}
        {has('deliver') && (
          <Button type="primary" onClick={() => setOpen('deliver')} data-testid="case-deliver">
            {t('window.deliver')}
          </Button>
        )}
      </Space>
      {open === 'accept' && (
        <ActionModal
          {...common}
          title={t('window.acceptTitle')}
          okText={t('window.accept')}
          testId="accept-confirm"
          intro={t('window.acceptHint', { n: view.item.promisedWorkdays })}
          schema={OpinionRequest}
          onSubmit={(body) => action.mutateAsync({ action: 'accept', body })}
          onDone={done(t('window.accepted'))}
        >
          <Form.Item name="opinion" label={t('case.opinionOptional')}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="accept-opinion" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'not-accept' && (
        <ActionModal
          {...common}
          title={t('window.notAccept')}
          okText={t('window.notAccept')}
          danger
          testId="not-accept-confirm"
          schema={ReasonsRequest}
          onSubmit={(body) => action.mutateAsync({ action: 'not-accept', body })}
          onDone={done(t('window.notAccepted'))}
        >
          <Form.Item name="reasons" label={t('window.notAcceptReasons')} required rules={[zodRule(ReasonsRequest.shape.reasons, t)]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="not-accept-reasons" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'request-correction' && (
        <ActionModal
          {...common}
          width={640}
          title={t('window.requestCorrection')}
          okText={t('correction.send')}
          testId="correction-confirm"
          intro={t('correction.intro')}
          schema={CorrectionRequest}
          initialValues={{ items: [], note: '' }}
          onSubmit={(body) => action.mutateAsync({ action: 'request-correction', body })}
          onDone={done(t('correction.sent'))}
        >
          {(form) => <CorrectionFields form={form} materials={view.materials} />}
        </ActionModal>
      )}
      {open === 'deliver' && (
        <ActionModal
          {...common}
          title={t('window.deliver')}
          okText={t('window.deliver')}
          testId="deliver-confirm"
          schema={DeliverRequest}
          initialValues={{ method: 'pickup', recipient: view.applicant.name }}
          onSubmit={(body) => action.mutateAsync({ action: 'deliver', body })}
          onDone={done(t('window.delivered'))}
        >
          {(form) => <DeliverFields form={form} />}
        </ActionModal>
      )}
    </Card>
  );
}
