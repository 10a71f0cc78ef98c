import { useState } from 'react';
import { Empty, Spin, Tree, type TreeDataNode } from 'antd';
import type { RegionView } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { fetchRegionChildren, useRegionChildren } from '../../../../features/regions/regions.api';

interface RegionTreeProps {
  /** The item's region; its children are the candidates. */
  rootCode: string;
  /** Whether the children's own children may be chosen too (towns → villages). */
  deep: boolean;
  /** Regions that already hold a live delegation. */
  taken: Set<string>;
  checked: string[];
  onCheck: (codes: string[]) => void;
}

/** Lower-level regions with checkboxes, loading deeper levels on expand. */
export function RegionTree({ rootCode, deep, taken, checked, onCheck }: RegionTreeProps) {
  const t = useT();
  const roots = useRegionChildren(rootCode);
  const [loaded, setLoaded] = useState<Record<string, RegionView[]>>({});

  const toNode = (region: RegionView): TreeDataNode => {
    const isTaken = taken.has(region.code);
    const children = loaded[region.code];
    return {
      key: region.code,
      title: (
        <span data-testid={`delegate-region-${region.code}`}>
          {region.name}
          {isTaken && <span className="yw-muted">（{t('delegation.taken')}）</span>}
        </span>
      ),
      disableCheckbox: isTaken,
      isLeaf: !deep || !region.hasChildren,
      children: children?.map(toNode),
    };
  };

  if (roots.isPending) return <Spin />;
  if (roots.isError || roots.data.length === 0) return <Empty description={t('region.noChildren')} />;
  return (
    <Tree
      checkable
      checkStrictly
      selectable={false}
      className="yw-region-tree"
      treeData={roots.data.map(toNode)}
      checkedKeys={checked}
      onCheck={(keys) => onCheck((Array.isArray(keys) ? keys : keys.checked).map(String))}
      loadData={async (node) => {
        const code = String(node.key);
        if (loaded[code]) return;
        const children = await fetchRegionChildren(code);
        setLoaded((prev) => ({ ...prev, [code]: children }));
      }}
      data-testid="delegate-tree"
    />
  );
}
