import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag } from 'antd';
import type { AdminItemDetail } from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { LinkButton } from '../../../ui/LinkButton';
import { StatusTag } from '../items/StatusTag';
import { ItemActionBar } from './ItemActionBar';

interface EditorHeaderProps {
  detail?: AdminItemDetail;
  dirty: boolean;
  saving: boolean;
  canEdit: boolean;
  onSave: () => void;
}

/** Title, status and versions, the save button and the lifecycle actions. */
export function EditorHeader({ detail, dirty, saving, canEdit, onSave }: EditorHeaderProps) {
  const t = useT();
  return (
    <Card className="yw-editor-header" size="small">
      <div className="yw-toolbar">
        <div>
          <h1 className="yw-page-title" data-testid="editor-title">
            {detail ? detail.name : t('editor.newTitle')}
          </h1>
          {detail && (
            <Space wrap size={[8, 4]} className="yw-muted">
              <StatusTag status={detail.status} hasDraft={detail.hasDraft} />
              <span className="yw-code">{detail.implCode}</span>
              <span>{detail.department.name}</span>
              {detail.version !== null && <span>{t('editor.publishedVersion', { v: detail.version })}</span>}
              {detail.draftVersion !== null && <Tag color="gold">{t('editor.draftVersion', { v: detail.draftVersion })}</Tag>}
              {dirty && <Tag color="orange" data-testid="editor-dirty">{t('editor.unsaved')}</Tag>}
            </Space>
          )}
        </div>
        <div className="yw-spacer" />
        <Space wrap>
          {canEdit && (
            <Button type={detail ? 'default' : 'primary'} icon={<SaveOutlined />} loading={saving} onClick={onSave} data-testid="save-draft">
              {detail ? t('editor.saveDraft') : t('editor.create')}
            </Button>
          )}
          {detail && <ItemActionBar detail={detail} dirty={dirty} />}
          {detail?.status === 'published' && (
            <LinkButton to={`/items/${detail.id}`} type="link">
              {t('editor.viewGuide')}
            </LinkButton>
          )}
        </Space>
      </div>
    </Card>
  );
}
