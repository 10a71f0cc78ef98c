import { ItemEditor } from './ItemEditor';

/** 新建事项: the editor with the catalog item, department and power source first. */
export default function NewItemPage() {
  return <ItemEditor />;
}
