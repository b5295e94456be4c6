import type { ChartPalette, ChartSettings } from '@/charts/chartBase'
import { resolvePeriod } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { projectSplit } from '@/domain/projection'
import type { LoggedTime } from '@/domain/shares'

/** Stand-in token colours for chart tests (the real ones come from tokens.css in the browser). */
export const palette: ChartPalette = {
  coaching: 'rgb(0 114 178)',
  learning: 'rgb(230 159 0)',
  other: 'rgb(110 110 110)',
  ink: 'rgb(29 42 46)',
  inkMuted: 'rgb(77 91 96)',
  border: 'rgb(207 214 212)',
  surface: 'rgb(255 255 255)',
  surfaceMuted: 'rgb(239 236 228)',
  warning: 'rgb(122 75 0)',
  accent: 'rgb(31 95 91)',
}
export const settings: ChartSettings = { palette, animation: false }
const year = {
  label: '2026–27',
  startDate: '2026-08-31',
  endDate: '2026-10-30',
  firstDayOfWeek: 1 as const,
  markedWeeks: [{ weekStart: '2026-09-14', kind: 'holiday' as const, label: '' }],
}
const e = (date: string, bucket: LoggedTime['bucket'], hours: number, taskId: string | null = null): LoggedTime => ({
  schoolId: 's',
  date,
  bucket,
  hours,
  taskId,
})

export function sampleSeries() {
  const entries = [
    e('2026-08-31', 'coaching', 6),
    e('2026-08-31', 'learning', 1),
    e('2026-09-01', 'other', 3), // on target
    e('2026-09-07', 'coaching', 4),
    e('2026-09-08', 'other', 6, 'lunch'), // below both
    e('2026-09-21', 'coaching', 8),
    e('2026-09-21', 'learning', 2),
  ]
  const r = resolvePeriod({ kind: 'custom', from: '2026-08-31', to: '2026-09-27' }, year, '2026-10-01')
  if (!r.ok) throw new Error(r.message)
  const targets = { coachingPct: 60, learningPct: 10 }
  return buildDashboardSeries({
    year,
    period: r.period,
    entries,
    targets,
    wontDo: new Map([['s', new Set(['lunch'])]]),
    planned: [{ taskId: 'x', bucket: 'coaching', weeklyHours: 5 }],
    project: (p) => projectSplit(p, targets),
    taskTitle: () => 'Lunch duty',
  })
}
