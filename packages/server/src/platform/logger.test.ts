import { describe, expect, it } from 'vitest';
import { serializeError } from './logger.js';

describe('the log', () => {
  it('keeps a failed query’s message but not its parameters, which may hold personal data', () => {
    const error = Object.assign(new Error('Failed query: insert into certificates (holder_code) values ($1)\nparams: 430102199003071234,张三'), {
      params: ['430102199003071234', '张三'],
      cause: Object.assign(new Error('duplicate key\nparams: 430102199003071234'), { params: ['430102199003071234'] }),
    });
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain('Failed query: insert into certificates');
    expect(logged).toContain('[已脱敏]');
    expect(logged).not.toContain('430102199003071234');
    expect(logged).not.toContain('张三');
  });
});
