import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import {
  DenyRequest, ExtendRequest, OpinionRequest, SPECIAL_PROCEDURES, StartSpecialRequest, type CaseStepView, type CaseView,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { DeadlineTag } from '../../../features/cases/DeadlineTag';
import type { CaseErrorHandler } from '../../../features/cases/useCaseErrorHandler';
import { codeOptions } from '../../../ui/options';
import { withTestId } from '../../../ui/testId';
import { zodRule } from '../../../ui/zodRule';
import { ActionModal } from './ActionModal';
import { useStepAction } from './cases.api';

type Open = 'approve' | 'deny' | 'return' | 'special' | 'extend' | null;

/** The decisions on one step of the viewer's department: 通过, 不予许可, 退回窗口, 特别程序, 延长时限. */
function StepCard({ view, step, onError }: { view: CaseView; step: CaseStepView; onError: CaseErrorHandler }) {
  const t = useT();
  const { message } = App.useApp();
  const action = useStepAction(view.id);
  const [open, setOpen] = useState<Open>(null);
  const has = (a: CaseView['actions'][number]) => view.actions.includes(a);
  // A running special procedure stops the clock; the step can only be decided once it has ended.
  const paused = step.deadline?.paused === true;
  const pauseUnknown = !step.deadline?.known;
  const close = () => setOpen(null);
  const done = (text: string) => () => {
    void message.success(text);
    close();
  };
  const common = { onError, onClose: close };
  const run = (path: Parameters<typeof action.mutateAsync>[0]['action'], body: unknown) => action.mutateAsync({ stepId: step.id, action: path, body });
  return (
    <Card
      title={
        <Space wrap>
          <h2 className="yw-card-title">{t('review.myStep', { name: step.name })}</h2>
          <span className="yw-muted">{step.department.name}</span>
          <DeadlineTag deadline={step.deadline} testId="my-step-deadline" />
        </Space>
      }
      data-testid="my-step"
      data-step={step.name}
    >
      <Space wrap>
        {has('approve-step') && !paused && (
          <Button type="primary" onClick={() => setOpen('approve')} data-testid="step-approve">
            {t('review.approve')}
          </Button>
        )}
        {has('deny-step') && !paused && (
          <Button danger onClick={() => setOpen('deny')} data-testid="step-deny">
            {t('review.deny')}
          </Button>
        )}
        {has('return') && !paused && (
          <Button onClick={() => setOpen('return')} data-testid="step-return">
            {t('review.return')}
          </Button>
        )}
        {has('start-special') && (!paused || pauseUnknown) && (
          <Button onClick={() => setOpen('special')} data-testid="step-special-start">
            {t('review.startSpecial')}
          </Button>
        )}
        {has('end-special') && (paused || pauseUnknown) && (
          <Popconfirm
            title={t('review.endSpecialConfirm')}
            okText={t('review.endSpecial')}
            cancelText={t('action.cancel')}
            okButtonProps={withTestId({}, 'step-special-end-confirm')}
            onConfirm={() =>
              run('special/end', {}).then(
                () => void message.success(t('review.specialEnded')),
                (error: unknown) => onError(error),
              )
            }
          >
            <Button type={paused ? 'primary' : 'default'} data-testid="step-special-end">
              {t('review.endSpecial')}
            </Button>
          </Popconfirm>
        )}
        {has('extend') && (
          <Button onClick={() => setOpen('extend')} data-testid="step-extend">
            {t('review.extend')}
          </Button>
        )}
      </Space>
      {paused && <p className="yw-muted yw-step-paused">{t('review.pausedHint')}</p>}
      {open === 'approve' && (
        <ActionModal
          {...common}
          title={t('review.approveTitle', { name: step.name })}
          okText={t('review.approve')}
          testId="step-approve-confirm"
          schema={OpinionRequest}
          onSubmit={(body) => run('approve', body)}
          onDone={done(t('review.approved'))}
        >
          <Form.Item name="opinion" label={t('case.opinionOptional')}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="step-opinion" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'deny' && (
        <ActionModal
          {...common}
          title={t('review.deny')}
          okText={t('review.deny')}
          danger
          testId="step-deny-confirm"
          intro={t('review.denyHint')}
          schema={DenyRequest}
          onSubmit={(body) => run('deny', body)}
          onDone={done(t('review.denied'))}
        >
          <Form.Item name="opinion" label={t('review.denyReasons')} required rules={[zodRule(DenyRequest.shape.opinion, t)]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="step-deny-opinion" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'return' && (
        <ActionModal
          {...common}
          title={t('review.return')}
          okText={t('review.return')}
          testId="step-return-confirm"
          intro={t('review.returnHint')}
          schema={OpinionRequest}
          onSubmit={(body) => run('return', body)}
          onDone={done(t('review.returned'))}
        >
          <Form.Item name="opinion" label={t('case.opinionOptional')}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="step-return-opinion" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'special' && (
        <ActionModal
          {...common}
          title={t('review.startSpecial')}
          okText={t('review.startSpecial')}
          testId="step-special-confirm"
          intro={t('review.specialHint')}
          schema={StartSpecialRequest}
          onSubmit={(body) => run('special/start', body)}
          onDone={done(t('review.specialStarted'))}
        >
          <Form.Item name="kind" label={t('review.specialKind')} required>
            <Select options={codeOptions(SPECIAL_PROCEDURES)} placeholder={t('case.apply.choose')} data-testid="special-kind" />
          </Form.Item>
          <Form.Item name="reason" label={t('review.specialReason')} required rules={[zodRule(StartSpecialRequest.shape.reason, t)]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="special-reason" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'extend' && (
        <ActionModal
          {...common}
          title={t('review.extend')}
          okText={t('review.extend')}
          testId="step-extend-confirm"
          intro={t('review.extendHint')}
          schema={ExtendRequest}
          onSubmit={(body) => run('extend', body)}
          onDone={done(t('review.extended'))}
        >
          <Form.Item name="workdays" label={t('review.extendDays')} required rules={[zodRule(ExtendRequest.shape.workdays, t)]}>
            <InputNumber min={1} max={30} precision={0} suffix={t('review.workdayUnit')} data-testid="extend-workdays" />
          </Form.Item>
          <Form.Item name="reason" label={t('review.extendReason')} required rules={[zodRule(ExtendRequest.shape.reason, t)]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="extend-reason" />
          </Form.Item>
        </ActionModal>
      )}
    </Card>
  );
}

/** Active steps the viewer may decide: their department's, in the role the step asks for. */
export function mySteps(view: CaseView, departmentIds: readonly string[], can: (action: 'case:review' | 'case:approve') => boolean): CaseStepView[] {
  const reviewer = ['approve-step', 'deny-step', 'return', 'start-special', 'end-special', 'extend'].some((a) => view.actions.includes(a as CaseView['actions'][number]));
  if (!reviewer) return [];
  return view.steps.filter(
    (s) => s.status === 'active' && departmentIds.includes(s.department.id) && can(s.role === 'dept-approver' ? 'case:approve' : 'case:review'),
  );
}

export function StepActions({ view, steps, onError }: { view: CaseView; steps: CaseStepView[]; onError: CaseErrorHandler }) {
  return (
    <>
      {steps.map((step) => (
        <StepCard key={step.id} view={view} step={step} onError={onError} />
      ))}
    </>
  );
}
