import type { MaybeRefOrGetter } from 'vue'
import { db } from './database'
import { useLiveQuery } from './live'
import type { LoggedDay } from '@/domain/yearDateChange'

/** Hours logged per school and day between two dates (every school), from the day totals. */
export function useLoggedDays(range: MaybeRefOrGetter<{ from: string; to: string } | null>) {
  return useLiveQuery(range, async (r): Promise<LoggedDay[]> => {
    if (!r || r.from > r.to) return []
    const totals = await db.dayTotals.where('date').between(r.from, r.to, true, true).toArray()
    return totals.map((t) => ({ date: t.date, hours: t.rows.reduce((sum, row) => sum + row.hours, 0) }))
  })
}
