import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CalendarDayView, CalendarYearParams, CalendarYearView, IsoDate, NthWorkdayQuery, NthWorkdayView, SaveCalendarYearRequest,
} from '@yiwang/contracts';
import type { ZodTypeProvider } from '../../platform/http/index.js';
import type { CalendarService } from './calendar.service.js';

/** 工作日历 API: working-day questions for everyone, the yearly notice for administrators. */
export function registerCalendarRoutes(app: FastifyInstance, service: CalendarService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['工作日历 Working-day calendar'];
  const pub = { config: { permission: 'public' as const } };

  r.get('/api/calendar/days/:date', {
    ...pub, schema: { tags, summary: '某日是否为工作日（节假日、调休上班日）', params: z.object({ date: IsoDate }), response: { 200: CalendarDayView } },
  }, (req) => service.day(req.params.date));

  r.get('/api/calendar/nth-workday', {
    ...pub, schema: { tags, summary: '某日之后的第 N 个工作日（当日不计入；未录入的年度答"未知"）', querystring: NthWorkdayQuery, response: { 200: NthWorkdayView } },
  }, (req) => service.nthWorkday(req.query));

  r.get('/api/calendar/years', {
    ...pub, schema: { tags, summary: '已录入的年度及其节假日、调休上班日', response: { 200: z.array(CalendarYearView) } },
  }, () => service.listYears());

  r.get('/api/calendar/years/:year', {
    ...pub, schema: { tags, summary: '某一年度的工作日历', params: CalendarYearParams, response: { 200: CalendarYearView } },
  }, (req) => service.getYear(req.params.year));

  r.put('/api/admin/calendar/years/:year', {
    config: { permission: 'calendar:manage' },
    schema: { tags, summary: '录入或修改某年度的节假日安排（依据国务院办公厅通知）', params: CalendarYearParams, body: SaveCalendarYearRequest, response: { 200: CalendarYearView } },
  }, (req) => service.saveYear(req.actor!, req.params.year, req.body));
}
