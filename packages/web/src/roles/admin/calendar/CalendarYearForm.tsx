import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  CalendarYearParams, checkCalendarYear, SaveCalendarYearRequest, type CalendarDayEntry, type CalendarYearView,
} from '@yiwang/contracts';
import { useT } from '../../../app/i18n';
import { DateInput } from '../../../ui/DateInput';
import { applyIssues, fromFieldIssues, type PathIssue } from '../../../ui/formErrors';
import { useApiErrorHandler } from '../../../ui/useApiErrorHandler';
import { fromSchemaIssues } from '../../../ui/zodIssues';
import { useSaveCalendarYear } from './calendar.api';
import { datesBetween } from './dayRanges';

interface YearValues {
  year?: number;
  source?: string;
  notice?: string | null;
  holidays: Partial<CalendarDayEntry>[];
  makeupWorkdays: Partial<CalendarDayEntry>[];
}

type ListName = 'holidays' | 'makeupWorkdays';

/** Rows of date + name (节假日, or 调休上班日 named after the holiday they make up for). */
function DayRows({ name, label, testId }: { name: ListName; label: string; testId: string }) {
  const t = useT();
  return (
    <Form.Item label={label} data-testid={`calendar-${testId}s`}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <div className="yw-stack-sm">
            {fields.map((field, n) => (
              <div key={field.key} className="yw-calendar-row" data-testid={`calendar-${testId}-row`}>
                <span className="yw-muted yw-calendar-row-no">{n + 1}.</span>
                <Form.Item name={[field.name, 'date']}>
                  <DateInput placeholder={t('calendar.date')} data-testid={`calendar-${testId}-date-${n}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'name']}>
                  <Input maxLength={20} placeholder={t('calendar.dayName')} data-testid={`calendar-${testId}-name-${n}`} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('action.remove')} onClick={() => remove(field.name)} />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ date: undefined, name: '' })} data-testid={`calendar-${testId}-add`}>
              {t('calendar.addDay')}
            </Button>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Adds a period (e.g. 国庆节 10-01 to 10-07) as one row a day. */
function RangeAdder({ onAdd }: { onAdd: (list: ListName, days: CalendarDayEntry[]) => void }) {
  const t = useT();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [name, setName] = useState('');
  const ready = Boolean(range?.[0] && range[1] && name.trim());
  const add = (list: ListName) => {
    if (!range?.[0] || !range[1]) return;
    onAdd(list, datesBetween(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')).map((date) => ({ date, name: name.trim() })));
    setRange(null);
  };
  return (
    <div className="yw-calendar-adder">
      <div className="yw-muted">{t('calendar.rangeHint')}</div>
      <Space wrap>
        <DatePicker.RangePicker value={range} onChange={(value) => setRange(value as [Dayjs | null, Dayjs | null] | null)} data-testid="calendar-range" />
        <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={20} placeholder={t('calendar.dayName')} className="yw-calendar-name" data-testid="calendar-range-name" />
        <Button disabled={!ready} onClick={() => add('holidays')} data-testid="calendar-range-holidays">
          {t('calendar.addToHolidays')}
        </Button>
        <Button disabled={!ready} onClick={() => add('makeupWorkdays')} data-testid="calendar-range-makeup">
          {t('calendar.addToMakeup')}
        </Button>
      </Space>
    </div>
  );
}

interface CalendarYearFormProps {
  /** The year to edit; a new one without it. */
  existing?: CalendarYearView;
  defaultYear: number;
  onSaved: (year: number) => void;
  onClose: () => void;
}

/**
 * 录入年度安排 from the State Council notice: 依据 and 文号, the days off (weekend days of each holiday period
 * included) and the weekend days worked. Every problem shows on its row.
 */
export function CalendarYearForm({ existing, defaultYear, onSaved, onClose }: CalendarYearFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<YearValues>();
  const save = useSaveCalendarYear();
  const handleApiError = useApiErrorHandler();
  const [initialValues] = useState<YearValues>(() =>
    existing
      ? { year: existing.year, source: existing.source, notice: existing.notice, holidays: existing.holidays, makeupWorkdays: existing.makeupWorkdays }
      : { year: defaultYear, source: t('calendar.sourceTemplate', { year: defaultYear }), notice: '', holidays: [], makeupWorkdays: [] },
  );

  const addDays = (list: ListName, days: CalendarDayEntry[]) => {
    const current = (form.getFieldValue(list) as Partial<CalendarDayEntry>[] | undefined) ?? [];
    const known = new Set(current.map((d) => d.date));
    const rows = [...current.filter((d) => d.date || d.name), ...days.filter((d) => !known.has(d.date))];
    rows.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    form.setFieldValue(list, rows);
  };

  const submit = () => {
    const values = form.getFieldsValue(true) as YearValues;
    const issues: PathIssue[] = [];
    const year = CalendarYearParams.safeParse({ year: values.year });
    if (!year.success) issues.push(...fromSchemaIssues(year.error.issues, t).map((i) => ({ ...i, path: ['year'] })));
    const clean = (rows: Partial<CalendarDayEntry>[] | undefined) => (rows ?? []).map((d) => ({ date: d.date ?? '', name: d.name ?? '' }));
    const body = SaveCalendarYearRequest.safeParse({
      source: values.source ?? '',
      notice: values.notice?.trim() ? values.notice : null,
      holidays: clean(values.holidays),
      makeupWorkdays: clean(values.makeupWorkdays),
    });
    if (!body.success) issues.push(...fromSchemaIssues(body.error.issues, t));
    if (body.success && year.success) issues.push(...fromFieldIssues(checkCalendarYear(year.data.year, body.data)));
    if (issues.length > 0 || !body.success || !year.success) {
      const unmatched = applyIssues(form, issues);
      void message.error(unmatched.length ? unmatched.map((i) => i.message).join('；') : t('calendar.fix', { n: issues.length }));
      if (issues[0]) form.scrollToField(issues[0].path, { block: 'center' });
      return;
    }
    applyIssues(form, []);
    save.mutate(
      { year: year.data.year, body: body.data },
      {
        onSuccess: (saved) => {
          void message.success(t('calendar.saved', { year: saved.year }));
          onSaved(saved.year);
          onClose();
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  };

  return (
    <Drawer
      open
      size={880}
      title={existing ? t('calendar.editTitle', { year: existing.year }) : t('calendar.newTitle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={submit} data-testid="calendar-save">
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid="calendar-form">
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="year" label={t('calendar.year')} required>
              <InputNumber min={2000} max={2100} precision={0} disabled={Boolean(existing)} className="yw-full-width" data-testid="calendar-year" />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item name="notice" label={t('calendar.notice')} extra={t('calendar.noticeHint')}>
              <Input maxLength={50} placeholder="国办发明电〔2026〕x号" data-testid="calendar-notice" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="source" label={t('calendar.source')} required>
              <Input maxLength={200} data-testid="calendar-source" />
            </Form.Item>
          </Col>
        </Row>
        <RangeAdder onAdd={addDays} />
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <DayRows name="holidays" label={t('calendar.holidays')} testId="holiday" />
          </Col>
          <Col xs={24} md={12}>
            <DayRows name="makeupWorkdays" label={t('calendar.makeupWorkdays')} testId="makeup" />
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
