import { PauseCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import type { DeadlineView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';

const LEVEL_COLORS = { normal: 'green', yellow: 'gold', red: 'red' } as const;

/**
 * 剩余工作日 with the supervision mark: yellow when little time is left, red when overdue; paused during a
 * special procedure; "unknown" when the calendar lacks a year.
 */
export function DeadlineTag({ deadline, testId = 'deadline' }: { deadline: DeadlineView | null | undefined; testId?: string }) {
  const t = useT();
  if (!deadline) return <span className="yw-muted">—</span>;
  if (!deadline.known) {
    return (
      <Tooltip title={deadline.message}>
        <Tag data-testid={testId} data-level="unknown">
          {t('case.deadline.unknown')}
        </Tag>
      </Tooltip>
    );
  }
  if (deadline.remainingWorkdays === null) return <span className="yw-muted">—</span>;
  const level = deadline.level ?? 'normal';
  const left = deadline.remainingWorkdays;
  const text = left < 0 ? t('case.deadline.overdue', { n: -left }) : t('case.deadline.left', { n: left });
  return (
    <Space size={4} wrap>
      <Tag color={LEVEL_COLORS[level]} data-testid={testId} data-level={level}>
        {level === 'normal' ? text : `${t(level === 'red' ? 'case.deadline.red' : 'case.deadline.yellow')} · ${text}`}
      </Tag>
      {deadline.paused && (
        <Tag icon={<PauseCircleOutlined />} color="purple" data-testid={`${testId}-paused`}>
          {t('case.deadline.paused')}
        </Tag>
      )}
    </Space>
  );
}
