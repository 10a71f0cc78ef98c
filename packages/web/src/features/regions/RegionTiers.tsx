import { useState } from 'react';
import { Button, Empty, Spin, Tabs } from 'antd';
import type { RegionView } from '@yiwang/contracts';
import { type MessageKey, useT } from '../../app/i18n';
import { useRegionChildren } from './regions.api';

/** The four tiers of the portal's region switcher: 省级 / 市(州) / 县(市、区) / 镇(乡). */
const TIERS: MessageKey[] = ['region.tier.province', 'region.tier.city', 'region.tier.county', 'region.tier.town'];

interface RegionTiersProps {
  /** Codes from the province down to the chosen region. */
  chain: string[];
  value?: string;
  /** Whether the chosen region has children: then its children's tier opens first. */
  valueHasChildren?: boolean;
  onPick: (region: RegionView, tier: number) => void;
}

function TierList({ parent, tier, value, onPick }: { parent: string | undefined; tier: number; value?: string; onPick: RegionTiersProps['onPick'] }) {
  const t = useT();
  const enabled = tier === 0 || Boolean(parent);
  const children = useRegionChildren(parent, enabled);
  if (!enabled) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('region.pickUpperFirst')} />;
  if (children.isPending) return <Spin size="small" />;
  if (children.isError) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('error.loadFailed')} />;
  if (!children.data.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('region.noChildren')} />;
  return (
    <div className="yw-region-grid">
      {children.data.map((region) => (
        <Button
          key={region.code}
          size="small"
          type={region.code === value ? 'primary' : 'text'}
          data-testid={`region-option-${region.code}`}
          onClick={() => onPick(region, tier)}
        >
          {region.name}
        </Button>
      ))}
    </div>
  );
}

export function RegionTiers({ chain, value, valueHasChildren, onPick }: RegionTiersProps) {
  const t = useT();
  const [active, setActive] = useState(() => Math.min(Math.max(valueHasChildren ? chain.length : chain.length - 1, 0), TIERS.length - 1));
  const [browse, setBrowse] = useState(chain);
  const pick = (region: RegionView, tier: number) => {
    setBrowse([...browse.slice(0, tier), region.code]);
    if (region.hasChildren && tier < TIERS.length - 1) setActive(tier + 1);
    onPick(region, tier);
  };
  return (
    <Tabs
      size="small"
      activeKey={String(active)}
      onChange={(key) => setActive(Number(key))}
      items={TIERS.map((label, tier) => ({
        key: String(tier),
        label: <span data-testid={`region-tier-${tier}`}>{t(label)}</span>,
        disabled: tier > 0 && !browse[tier - 1],
        children: <TierList parent={tier === 0 ? undefined : browse[tier - 1]} tier={tier} value={value} onPick={pick} />,
      }))}
    />
  );
}
