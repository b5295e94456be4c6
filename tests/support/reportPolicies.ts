/**
 * The principal's report of one school's term, built under a given confidentiality policy: the
 * shared setup of the per-policy tests of the report data, its PDF text and the principal's CSV.
 */
import { defaultSections, type Confidentiality } from '@/domain/agreementSections'
import { resolvePeriod } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { resolveScope, taskTitleLookup } from '@/domain/dashboard/scope'
import { projectSplit } from '@/domain/projection'
import { buildPrincipalReport, type PrincipalReport } from '@/domain/report'
import type { CoachingCycle, CycleSession } from '@/domain/schemas/cycle'
import { SECRET_DECISION_NOTE, SECRET_WEEK_NOTE, SEED_TASKS, seedAgreement, seedEntries, seedTasks, seedWeekNotes } from './dashboardSeed'

export const reportYear = {
  id: 'y1',
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1 as const,
  markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday' as const, label: 'Thanksgiving' }],
}
/** Today for these reports: a Friday inside the term, so the term's later weeks are upcoming. */
export const REPORT_TODAY = '2026-11-27'
export const LUNCH = 'Lunch duty'

/** Every task title with time logged in the period (the custom formula-like one included). */
export const LOGGED_TITLES = [
  'Coaching cycles with teachers',
  'Modeling lessons',
  'Coach book study',
  'Leading PLCs',
  LUNCH,
  SEED_TASKS[5]!.title,
]

export function confidentiality(policy: Confidentiality['policy'], taskNames?: 'none' | 'all'): Confidentiality {
  return {
    ...defaultSections().confidentiality,
    policy,
    ownWording: policy === 'own' ? 'Our own words: who I coach stays with me.' : '',
    ...(taskNames ? { report: { taskNames } } : {}),
  }
}

export function reportUnder(
  policy: Confidentiality | null,
  chosen: readonly string[] = [],
  cycles: { cycles: CoachingCycle[]; cycleSessions: CycleSession[]; minTeachers?: number } = { cycles: [], cycleSessions: [] },
): { report: PrincipalReport; notes: string[] } {
  const now = 1_790_000_000_000
  const tasks = seedTasks(now)
  const { decisions } = seedAgreement('lincoln', reportYear.id, now)
  const weekNotes = seedWeekNotes('lincoln', ['2026-09-07'], now)
  // Entries carrying notes-like extra fields must not leak either (a record is never spread into the report).
  const entries = seedEntries({ schoolId: 'lincoln', from: '2026-08-17', to: '2026-11-20', now }).map((e) => ({
    ...e,
    note: SECRET_WEEK_NOTE,
  }))
  const scope = resolveScope(
    {
      schools: [{ id: 'lincoln', name: 'Lincoln Elementary', principalName: 'José Martínez' }],
      tasks,
      // Full decisions, notes and all, as an agreement holds them.
      agreements: policy
        ? new Map([['lincoln', { targets: { coachingPct: 60, learningPct: 10 }, decisions, confidentiality: policy }]])
        : new Map(),
      defaultTargets: { coachingPct: 60, learningPct: 10 },
    },
    'lincoln',
  )
  const period = resolvePeriod({ kind: 'custom', from: '2026-08-17', to: '2026-12-18' }, reportYear, REPORT_TODAY)
  if (!period.ok) throw new Error(period.message)
  const taskTitle = taskTitleLookup(tasks)
  const series = buildDashboardSeries({
    year: reportYear,
    period: period.period,
    entries,
    targets: scope.targets,
    wontDo: scope.wontDo,
    planned: scope.planned,
    project: (p) => projectSplit(p, scope.targets),
    taskTitle,
  })
  const chosenTaskIds = new Set(tasks.filter((t) => chosen.includes(t.title)).map((t) => t.id))
  const report = buildPrincipalReport({
    series,
    coachName: 'Renée Okafor',
    principalNames: scope.principalNames,
    scope: scope.label,
    schoolYear: reportYear.label,
    generatedOn: REPORT_TODAY,
    taskTitle,
    policies: scope.policies,
    chosenTaskIds,
    ...cycles,
  })
  return {
    report,
    notes: [SECRET_DECISION_NOTE, SECRET_WEEK_NOTE, ...decisions.map((d) => d.insteadBy).filter(Boolean), ...weekNotes.map((n) => n.note)],
  }
}
