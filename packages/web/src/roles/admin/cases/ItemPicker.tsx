import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useT } from '../../../app/i18n';
import { useItemSearch } from '../../../features/catalog/items.api';

interface ItemPickerProps {
  /** Items of this region and below (the clerk's hall). */
  region?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  testId?: string;
}

/** Chooses a published item by searching its name (the catalog's Chinese search). */
export function ItemPicker({ region, value, onChange, testId = 'item-picker' }: ItemPickerProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useItemSearch({ q, region, pageSize: 20 }, q.length > 0);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      className="yw-item-picker"
      value={value}
      onChange={(id: string | undefined) => onChange?.(id)}
      placeholder={t('window.itemSearch')}
      notFoundContent={q ? (search.isFetching ? t('common.loading') : t('search.empty')) : t('window.itemSearchHint')}
      loading={search.isFetching}
      options={(q ? (search.data?.items ?? []) : []).map((item) => ({
        value: item.id,
        label: `${item.name}（${item.department.name} · ${item.region.name}）`,
      }))}
      data-testid={testId}
    />
  );
}
