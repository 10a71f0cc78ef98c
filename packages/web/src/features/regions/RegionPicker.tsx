import { useState } from 'react';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Popover, Space } from 'antd';
import type { RegionView } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { useRegion } from './regions.api';
import { RegionTiers } from './RegionTiers';

interface RegionPickerProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Label of the "no region" choice; without it the choice cannot be cleared. */
  allLabel?: string;
  testId?: string;
  /** Show the whole path (湖南省 / 长沙市) instead of the last name. */
  showPath?: boolean;
  size?: 'small' | 'middle' | 'large';
  /** Set by Form.Item so its label points at the button. */
  id?: string;
}

/** Picks a region tier by tier, loading each tier's children when it is opened. */
export function RegionPicker({ value, onChange, allLabel, testId = 'region-picker', showPath, size, id }: RegionPickerProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const detail = useRegion(value);
  const chain = detail.data?.path.map((p) => p.code) ?? [];
  const name = value
    ? detail.data
      ? showPath
        ? detail.data.path.map((p) => p.name).join(' / ')
        : detail.data.name
      : detail.isError
        ? value
        : '…'
    : (allLabel ?? t('region.choose'));

  const pick = (region: RegionView) => {
    onChange?.(region.code);
    if (!region.hasChildren) setOpen(false);
  };

  const content = (
    <div className="yw-region-popover" data-testid={`${testId}-panel`}>
      {/* Remount per opening so the tiers start from the current choice. */}
      {open && !(value && detail.isPending) && <RegionTiers chain={chain} value={value} valueHasChildren={detail.data?.hasChildren} onPick={pick} />}
      <Space className="yw-region-actions">
        {allLabel && (
          <Button size="small" onClick={() => { onChange?.(undefined); setOpen(false); }}>
            {allLabel}
          </Button>
        )}
        <Button size="small" type="primary" onClick={() => setOpen(false)}>
          {t('action.done')}
        </Button>
      </Space>
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomLeft" title={t('region.switch')}>
      <Button id={id} size={size} icon={<EnvironmentOutlined />} data-testid={testId} aria-label={`${t('region.switch')}：${name}`}>
        <span className="yw-region-name">{name}</span>
      </Button>
    </Popover>
  );
}
