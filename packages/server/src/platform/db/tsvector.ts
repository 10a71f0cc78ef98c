import { customType } from 'drizzle-orm/pg-core';

/** A tsvector column. Its value is written as tsvector literal text built in code (see catalog search). */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => 'tsvector',
});
