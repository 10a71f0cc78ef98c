import { useState } from 'react';
import { Select } from 'antd';
import type { CatalogItem } from '@yiwang/contracts';
import { useT } from '../../../../app/i18n';
import { useCatalogItems } from '../../admin.api';

interface CatalogItemSelectProps {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  onPick?: (item: CatalogItem) => void;
}

/** Searches the basic catalog (基本目录) on the server as you type. */
export function CatalogItemSelect({ id, value, onChange, onPick }: CatalogItemSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const items = useCatalogItems(search);
  return (
    <Select
      id={id}
      allowClear
      value={value}
      placeholder={t('editor.catalogSearch')}
      loading={items.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        const picked = items.data?.find((c) => c.id === next);
        if (picked) onPick?.(picked);
      }}
      options={(items.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.basicCode}）` }))}
      data-testid="field-catalogItemId"
    />
  );
}
