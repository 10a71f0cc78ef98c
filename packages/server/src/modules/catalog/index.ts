export { createCatalogService, renameDepartmentInCatalog, type CatalogService, type PublishedItem } from './catalog.service.js';
export { createDelegationService, type DelegationService } from './delegation.service.js';
export { createExchangeService, type ExchangeService } from './exchange.service.js';
export { createCatalogStatsService, type CatalogStatsService } from './stats.service.js';
export { registerCatalogRoutes } from './catalog.routes.js';
export { registerCatalogAdminRoutes } from './catalog-admin.routes.js';
export { bulkLoadItems, type BulkItem } from './bulk-load.js';
