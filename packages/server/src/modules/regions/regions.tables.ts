import { char, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** 行政区划: NBS codes (2 province, 4 city, 6 county, 9 town, 12 village digits); the code prefix is the ancestry. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** 行使层级 scale: 2 省 3 市 4 县 5 镇 6 村. */
    level: char('level', { length: 1 }).notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

/** 实施主体: departments and service centres. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** 统一社会信用代码. */
    uscc: text('uscc').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    level: char('level', { length: 1 }).notNull(),
    nature: char('nature', { length: 1 }).notNull(),
    dockingMode: text('docking_mode').notNull(),
    sector: text('sector'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('departments_uscc_uq').on(t.uscc),
    uniqueIndex('departments_region_sector_uq').on(t.regionCode, t.sector),
    index('departments_region_idx').on(t.regionCode),
  ],
);
