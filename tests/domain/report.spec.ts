import { describe, expect, it } from 'vitest'
import { buildPrincipalReport, type PrincipalReport } from '@/domain/report'
import { resolvePeriod } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { resolveScope, taskTitleLookup } from '@/domain/dashboard/scope'
import { projectSplit } from '@/domain/projection'
import { SECRET_DECISION_NOTE, SECRET_WEEK_NOTE, seedAgreement, seedEntries, seedTasks, seedWeekNotes } from '../support/dashboardSeed'

const year = { id: 'y1', label: '2026–27', startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1 as const, markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday' as const, label: 'Thanksgiving' }] }

function report(): { report: PrincipalReport; notes: string[] } {
  const now = 1_790_000_000_000
  const tasks = seedTasks(now)
  const { decisions } = seedAgreement('lincoln', year.id, now)
  const weekNotes = seedWeekNotes('lincoln', ['2026-09-07'], now)
  // Entries carrying notes-like extra fields must not leak either (a record is never spread into the report).
  const entries = seedEntries({ schoolId: 'lincoln', from: '2026-08-17', to: '2026-11-20', now }).map((e) => ({ ...e, note: SECRET_WEEK_NOTE }))
  const scope = resolveScope({
    schools: [{ id: 'lincoln', name: 'Lincoln Elementary', principalName: 'José Martínez' }], tasks,
    // Full decisions, notes and all, as an agreement holds them.
    agreements: new Map([['lincoln', { targets: { coachingPct: 60, learningPct: 10 }, decisions }]]), defaultTargets: { coachingPct: 60, learningPct: 10 },
  }, 'lincoln')
  const period = resolvePeriod({ kind: 'custom', from: '2026-08-17', to: '2026-11-27' }, year, '2026-11-27')
  if (!period.ok) throw new Error(period.message)
  const series = buildDashboardSeries({ year, period: period.period, entries, targets: scope.targets, wontDo: scope.wontDo, planned: scope.planned, project: (p) => projectSplit(p, scope.targets), taskTitle: taskTitleLookup(tasks) })
  const r = buildPrincipalReport({ series, coachName: 'Renée Okafor', principalNames: scope.principalNames, scope: scope.label, schoolYear: year.label, generatedOn: '2026-11-27', taskTitle: taskTitleLookup(tasks) })
  return { report: r, notes: [...decisions.map((d) => d.note), ...decisions.map((d) => d.insteadBy).filter(Boolean), ...weekNotes.map((n) => n.note)] }
}

describe('the principal’s report', () => {
  it('never carries week notes, decision notes or "instead by" names', () => {
    const { report: r, notes } = report()
    const text = JSON.stringify(r)
    expect(notes).toContain(SECRET_DECISION_NOTE)
    expect(notes).toContain(SECRET_WEEK_NOTE)
    for (const note of notes) expect(text).not.toContain(note)
    expect(text).not.toMatch(/Alvarez|Brandt|Assistant principal/)
    expect(text).not.toMatch(/"note"|"insteadBy"/)
  })

  it('carries time by bucket and task: weeks, windows, plan and drift', () => {
    const { report: r } = report()
    expect(r.scope).toBe('Lincoln Elementary')
    expect(r.weeks).toHaveLength(15)
    expect(r.weeks.find((w) => w.weekStart === '2026-11-23')?.kind).toBe('Holiday')
    expect(r.weeks.some((w) => w.flags.some((f) => f.startsWith('Coaching')))).toBe(true)
    expect(r.rolling?.weeks).toBe(4)
    expect(r.yearToDate.weeks).toBe(14)
    expect(r.plan.byTask.map((t) => t.label)).toContain('Coaching cycles with teachers')
    expect(r.drift.tasks.map((t) => t.task)).toContain('Lunch duty')
    expect(r.summaries.rolling).toMatch(/^Coaching averaged/)
    // Only known keys at the top level: adding a free-text field has to be a deliberate change here.
    expect(Object.keys(r).sort()).toEqual(['coachName', 'drift', 'generatedOn', 'period', 'periodShares', 'plan', 'principalNames', 'rolling', 'schoolYear', 'scope', 'summaries', 'targets', 'title', 'weeks', 'yearToDate'])
  })
})
