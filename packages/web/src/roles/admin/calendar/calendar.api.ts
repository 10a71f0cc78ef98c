import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarYearView, SaveCalendarYearRequest } from '@yiwang/contracts';
import { api } from '../../../app/api';

const yearsKey = ['calendar', 'years'] as const;

/** 工作日历: the years entered, with their holidays and make-up workdays (public data). */
export function useCalendarYears() {
  return useQuery({
    queryKey: yearsKey,
    queryFn: ({ signal }) => api.get<CalendarYearView[]>('/api/calendar/years', undefined, signal),
  });
}

/** Enters or replaces one year's arrangement (the State Council notice). */
export function useSaveCalendarYear() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: SaveCalendarYearRequest }) =>
      api.put<CalendarYearView>(`/api/admin/calendar/years/${year}`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: yearsKey }),
  });
}
