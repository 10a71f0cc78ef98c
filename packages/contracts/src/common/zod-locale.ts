import { z } from 'zod';

// Built-in validation messages in Chinese, for the server's answers and the web's forms alike.
z.config(z.locales.zhCN());
z.config({ customError: (issue) => (issue.input === undefined && issue.code === 'invalid_type' ? '此项为必填项' : undefined) });
