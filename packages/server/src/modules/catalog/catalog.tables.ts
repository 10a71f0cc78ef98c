import {
  boolean, char, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../../platform/db/tsvector.js';
import { departments } from '../regions/regions.tables.js';

/** 基本目录: a catalog item defined once, implemented by many departments. */
export const catalogItems = pgTable('catalog_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  basicCode: text('basic_code').notNull().unique(),
  name: text('name').notNull(),
  itemType: char('item_type', { length: 2 }).notNull(),
  legalBasis: text('legal_basis').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The search documents of item names. Implementations of one item across regions share a name, so search ranks
 * these few rows and then walks the items of the best names, instead of ranking every matching item.
 */
export const searchNames = pgTable(
  'search_names',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull().unique(),
    searchVector: tsvector('search_vector').notNull(),
  },
  (t) => [index('search_names_vector_idx').using('gin', t.searchVector)],
);

/**
 * 实施清单: an item as carried out by one department at one level in one region. The columns after `status`
 * mirror the current content (the published version, or the first draft) for search, filters and statistics.
 */
export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    implCode: text('impl_code').notNull(),
    catalogItemId: uuid('catalog_item_id').notNull().references(() => catalogItems.id),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    /** Copied from the department (kept in step on rename) so that lists need no lookup. */
    departmentName: text('department_name').notNull(),
    regionCode: text('region_code').notNull(),
    /** Copied from the region, likewise. */
    regionName: text('region_name').notNull(),
    level: char('level', { length: 1 }).notNull(),
    powerSource: char('power_source', { length: 1 }).notNull(),
    status: text('status').notNull(),
    currentVersion: integer('current_version'),
    draftVersion: integer('draft_version'),
    /** 上级下放: the item this one was delegated from. */
    delegatedFromId: uuid('delegated_from_id').references((): AnyPgColumn => items.id),
    /** A delegated item follows its source's content until it is edited locally. */
    inheritsSource: boolean('inherits_source').notNull().default(false),
    /** Optimistic-concurrency counter, bumped by every write. */
    rowVersion: integer('row_version').notNull().default(1),
    name: text('name').notNull(),
    itemType: char('item_type', { length: 2 }).notNull(),
    serviceObjects: text('service_objects').array().notNull(),
    trips: integer('trips').notNull(),
    onlineDepth: char('online_depth', { length: 1 }).notNull(),
    isOnline: boolean('is_online').notNull(),
    caseType: char('case_type', { length: 1 }).notNull(),
    legalValue: integer('legal_value'),
    legalUnit: text('legal_unit'),
    promisedValue: integer('promised_value').notNull(),
    promisedUnit: text('promised_unit').notNull(),
    notOneTripReason: text('not_one_trip_reason'),
    personThemes: text('person_themes').array().notNull(),
    enterpriseThemes: text('enterprise_themes').array().notNull(),
    materialsCount: integer('materials_count').notNull().default(0),
    materialsCancelled: integer('materials_cancelled').notNull().default(0),
    materialsReplaceable: integer('materials_replaceable').notNull().default(0),
    nameId: integer('name_id').notNull().references(() => searchNames.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('items_impl_code_uq').on(t.implCode),
    index('items_region_idx').on(t.regionCode, t.status),
    index('items_department_idx').on(t.departmentId),
    index('items_delegated_from_idx').on(t.delegatedFromId),
    index('items_catalog_item_idx').on(t.catalogItemId),
    // Search walks one name's items: in level order for the whole catalog, by region range within a region.
    index('items_name_idx').on(t.nameId, t.status, t.level, t.regionCode),
    index('items_name_region_idx').on(t.nameId, t.status, t.regionCode),
  ],
);

/** One version of an item's content. Published versions are immutable; a later edit makes a new version. */
export const itemVersions = pgTable(
  'item_versions',
  {
    itemId: uuid('item_id').notNull().references(() => items.id),
    version: integer('version').notNull(),
    /** draft | published | superseded */
    state: text('state').notNull(),
    content: jsonb('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

/** 变更记录: every change to an item, who made it, when and which fields changed. Append-only. */
export const itemChanges = pgTable(
  'item_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id').notNull().references(() => items.id),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version'),
    reason: text('reason'),
    changes: jsonb('changes').notNull(),
  },
  (t) => [index('item_changes_item_idx').on(t.itemId, t.at)],
);
