import { useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';

interface SearchBoxProps {
  defaultValue?: string;
  placeholder: string;
  buttonText?: string;
  size?: 'middle' | 'large';
  /** On the <input> itself; the button gets `${testId}-submit`. */
  testId: string;
  className?: string;
  onSearch: (value: string) => void;
}

/** A text box with a search button (Input.Search puts test ids on its wrapper, not on the input). */
export function SearchBox({ defaultValue, placeholder, buttonText, size, testId, className, onSearch }: SearchBoxProps) {
  const [value, setValue] = useState(defaultValue ?? '');
  const submit = () => onSearch(value.trim());
  return (
    <Space.Compact className={className ? `yw-search-box ${className}` : 'yw-search-box'} role="search">
      <Input
        size={size}
        value={value}
        allowClear
        maxLength={100}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(e) => {
          setValue(e.target.value);
          // The clear icon sends a click rather than typing: clearing also clears the search.
          if (e.type === 'click') onSearch('');
        }}
        onPressEnter={submit}
        data-testid={testId}
      />
      <Button size={size} type="primary" icon={buttonText ? undefined : <SearchOutlined />} aria-label={buttonText ? undefined : placeholder} onClick={submit} data-testid={`${testId}-submit`}>
        {buttonText}
      </Button>
    </Space.Compact>
  );
}
