export { createCalendarService, type CalendarService } from './calendar.service.js';
export { registerCalendarRoutes } from './calendar.routes.js';
