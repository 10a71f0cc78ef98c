export { createRegionsService, type RegionsService } from './regions.service.js';
export { registerRegionsRoutes } from './regions.routes.js';
export type { DepartmentRow, RegionRow } from './regions.repository.js';
export { counterpartsColumn, counterpartsFromJson, pickCounterpart } from './regions.repository.js';
