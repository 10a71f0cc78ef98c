export * from './working-days.js';
export * from './calendar.schema.js';
