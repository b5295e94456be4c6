/** A principal's report built the way the dashboard builds it, from seeded time (for PDF tests). */
import { buildPrincipalReport, type PrincipalReport } from '@/domain/report'
import { resolvePeriod } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { resolveScope, taskTitleLookup } from '@/domain/dashboard/scope'
import { projectSplit } from '@/domain/projection'
import { seedAgreement, seedEntries, seedTasks } from './dashboardSeed'
import { confidentiality } from './reportPolicies'

export const reportYear = {
  id: 'y1',
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1 as const,
  markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday' as const, label: 'Thanksgiving' }],
}

export function principalReport(names: { school?: string; coach?: string; principal?: string } = {}): PrincipalReport {
  const now = 1_790_000_000_000
  const tasks = seedTasks(now)
  const { decisions } = seedAgreement('lincoln', reportYear.id, now)
  const entries = seedEntries({ schoolId: 'lincoln', from: '2026-08-17', to: '2026-11-20', now })
  const scope = resolveScope(
    {
      schools: [{ id: 'lincoln', name: names.school ?? 'Lincoln Elementary', principalName: names.principal ?? 'José Martínez' }],
      tasks,
      agreements: new Map([['lincoln', { targets: { coachingPct: 60, learningPct: 10 }, decisions }]]),
      defaultTargets: { coachingPct: 60, learningPct: 10 },
    },
    'lincoln',
  )
  const period = resolvePeriod({ kind: 'custom', from: '2026-08-17', to: '2026-11-27' }, reportYear, '2026-11-27')
  if (!period.ok) throw new Error(period.message)
  const series = buildDashboardSeries({
    year: reportYear,
    period: period.period,
    entries,
    targets: scope.targets,
    wontDo: scope.wontDo,
    planned: scope.planned,
    project: (p) => projectSplit(p, scope.targets),
    taskTitle: taskTitleLookup(tasks),
  })
  return buildPrincipalReport({
    series,
    coachName: names.coach ?? 'Renée Okafor',
    principalNames: scope.principalNames,
    scope: scope.label,
    schoolYear: reportYear.label,
    generatedOn: '2026-11-27',
    taskTitle: taskTitleLookup(tasks),
    // The policy that lets the report name tasks, so the layout tests see task tables.
    policies: [{ school: scope.label, confidentiality: confidentiality('what-and-whom') }],
  })
}
