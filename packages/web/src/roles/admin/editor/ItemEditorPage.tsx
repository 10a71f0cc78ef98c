import { Skeleton } from 'antd';
import { useParams } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { useAdminItem } from '../admin.api';
import { ItemEditor } from './ItemEditor';

export default function ItemEditorPage() {
  const { id = '' } = useParams();
  const item = useAdminItem(id);
  if (item.isError) return <QueryError error={item.error} onRetry={() => void item.refetch()} />;
  if (item.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  return <ItemEditor key={id} detail={item.data} />;
}
