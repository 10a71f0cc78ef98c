export { createRegionsService, type RegionsService } from './regions.service.js';
export { registerRegionsRoutes } from './regions.routes.js';
export type { DepartmentRow, RegionRow } from './regions.repository.js';
