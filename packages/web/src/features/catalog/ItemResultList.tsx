import { Empty, Pagination, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ItemSearchResult } from '@yiwang/contracts';
import { useT } from '../../app/i18n';
import { QueryError } from '../../ui/QueryError';
import { ItemResultCard } from './ItemResultCard';

interface ItemResultListProps {
  /** The search query whose result is shown. */
  query: UseQueryResult<ItemSearchResult>;
  onPageChange: (page: number, pageSize: number) => void;
}

/** A paged list of catalog items with its count, loading, empty and error states. */
export function ItemResultList({ query, onPageChange }: ItemResultListProps) {
  const t = useT();
  const { data, isPending, isFetching, error } = query;
  const onRetry = () => void query.refetch();
  if (error && !data) return <QueryError error={error} onRetry={onRetry} />;
  if (isPending || !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <div className="yw-results" aria-busy={isFetching}>
      <div className="yw-results-total" data-testid="result-total" data-total={data.total}>
        {data.totalCapped ? t('search.totalCapped', { n: data.total }) : t('search.total', { n: data.total })}
      </div>
      {data.items.length === 0 ? (
        <Empty description={t('search.empty')} data-testid="result-empty" />
      ) : (
        <ul className="yw-result-list" data-testid="result-list">
          {data.items.map((item) => (
            <ItemResultCard key={item.id} item={item} />
          ))}
        </ul>
      )}
      {data.total > data.pageSize && (
        <Pagination
          className="yw-pagination"
          current={data.page}
          pageSize={data.pageSize}
          total={data.total}
          showSizeChanger={false}
          onChange={onPageChange}
          data-testid="result-pagination"
        />
      )}
    </div>
  );
}
