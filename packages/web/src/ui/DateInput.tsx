import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';

type DateInputProps = Omit<DatePickerProps, 'value' | 'onChange'> & {
  /** `YYYY-MM-DD` */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
};

/** A date picker whose value is the `YYYY-MM-DD` text the contracts use (no dayjs objects in form values). */
export function DateInput({ value, onChange, ...props }: DateInputProps) {
  return (
    <DatePicker
      {...props}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange?.(date && !Array.isArray(date) ? date.format('YYYY-MM-DD') : undefined)}
    />
  );
}
