import { describe, expect, it } from 'vitest'
import type { Bucket } from '@/domain/buckets'
import { resolvePeriod, type SchoolYearCalendar } from '@/domain/dashboard/period'
import { buildDashboardSeries, schoolWeeks } from '@/domain/dashboard/series'
import { condenseEntries } from '@/domain/dashboard/aggregate'
import { plannedTasksOf } from '@/domain/dashboard/plan'
import { projectSplit } from '@/domain/projection'
import { rollingShares, weeklyShares, type LoggedTime } from '@/domain/shares'
import { driftByWeek } from '@/domain/flags'
import { weeksOfSchoolYear } from '@/domain/schoolWeeks'

const year: SchoolYearCalendar = {
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [{ weekStart: '2026-09-21', kind: 'holiday', label: 'Fall break' }],
}
const targets = { coachingPct: 60, learningPct: 10 }
const TASK_BUCKET: Record<string, Bucket> = { c1: 'coaching', l1: 'learning', o1: 'other', lunch: 'other' }
const e = (date: string, taskId: string | null, hours: number, schoolId = 'lincoln', bucket?: Bucket): LoggedTime => ({
  schoolId,
  date,
  taskId,
  bucket: bucket ?? TASK_BUCKET[taskId ?? ''] ?? 'other',
  hours,
})

const entries: LoggedTime[] = [
  e('2026-08-20', 'c1', 10), // before the period: counts for the year to date only
  e('2026-08-31', 'c1', 2), // the period's first week, but the day before the period starts
  e('2026-09-01', 'c1', 6),
  e('2026-09-01', 'l1', 1),
  e('2026-09-02', 'o1', 3),
  e('2026-09-08', 'c1', 5),
  e('2026-09-09', 'o1', 4),
  e('2026-09-10', 'lunch', 1),
  e('2026-09-15', 'c1', 8),
  e('2026-09-15', 'l1', 1),
  e('2026-09-16', null, 1, 'lincoln', 'other'),
  e('2026-09-22', 'lunch', 2), // fall break: not a school week, but still drift
  e('2026-09-29', 'c1', 4),
  e('2026-09-29', 'l1', 1),
  e('2026-09-30', 'o1', 3),
  e('2026-10-01', 'lunch', 2),
  e('2026-09-29', 'c1', 3, 'washington'), // another school
]
const lincoln = entries.filter((x) => x.schoolId === 'lincoln')
const wontDo = new Map([
  ['lincoln', new Set(['lunch'])],
  ['washington', new Set<string>()],
])
const decisions = [
  { taskId: 'c1', choice: 'will' as const, weeklyHours: 6 },
  { taskId: 'l1', choice: 'will' as const, weeklyHours: 1.5 },
  { taskId: 'o1', choice: 'will' as const, weeklyHours: 2 },
  { taskId: 'lunch', choice: 'wont' as const, weeklyHours: 3 },
]
const tasksById = new Map(Object.entries(TASK_BUCKET).map(([id, bucket]) => [id, { bucket }]))
const titles: Record<string, string> = { c1: 'Coaching cycles', l1: 'Book study', o1: 'PLCs', lunch: 'Lunch duty' }

function september(list: readonly LoggedTime[] = lincoln, today = '2026-10-15') {
  const r = resolvePeriod({ kind: 'custom', from: '2026-09-01', to: '2026-09-30' }, year, today)
  if (!r.ok) throw new Error(r.message)
  return buildDashboardSeries({
    year,
    period: r.period,
    entries: list,
    targets,
    wontDo,
    planned: plannedTasksOf(decisions, tasksById),
    project: (p) => projectSplit(p, targets),
    taskTitle: (id) => titles[id] ?? id,
  })
}

describe('period filtering', () => {
  it('shows every week overlapping the period and counts only entries dated inside it', () => {
    const s = september()
    expect(s.weeks.map((w) => w.week.weekStart)).toEqual(['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'])
    expect(s.weeks[0]!.shares.hours).toEqual({ coaching: 6, learning: 1, other: 3 }) // not the 2 h of 31 Aug
    expect(s.weeks[0]!.status).toBe('on-target') // exactly 60% and 10%
    expect(s.weeks[1]!.flags.map((f) => f.bucket)).toEqual(['coaching', 'learning'])
    expect(s.weeks[3]!.status).toBe('no-school')
    // 30 Sep is in the period, 1 Oct is not.
    expect(s.weeks[4]!.shares.hours).toEqual({ coaching: 4, learning: 1, other: 3 })
    expect(s.entryCount).toBe(13)
    expect(s.totalHours).toBe(40)
  })

  it('matches the time log’s share functions on the raw entries (condensing changes nothing)', () => {
    const inPeriod = lincoln.filter((x) => x.date >= '2026-09-01' && x.date <= '2026-09-30')
    const raw = weeklyShares(inPeriod, year).filter((w) => w.week.weekStart >= '2026-08-31' && w.week.weekStart <= '2026-09-28')
    expect(september().weeks.map((w) => w.shares)).toEqual(raw.map((w) => w.shares))
    const condensed = condenseEntries(lincoln, { from: '2026-09-01', to: '2026-09-30' }, weeksOfSchoolYear(year), 1, wontDo)
    expect(condensed.toDate.length).toBeLessThan(lincoln.length)
  })

  it('the period split counts school weeks only; the year to date runs from the first day of the year', () => {
    const s = september()
    expect(s.periodShares.shares.hours).toEqual({ coaching: 23, learning: 3, other: 12 })
    expect(s.yearToDate.weekStarts[0]).toBe('2026-08-17')
    expect(s.yearToDate.shares.hours.coaching).toBe(10 + 2 + 23)
  })

  it('keeps schools apart, and combines them when asked', () => {
    expect(september(lincoln).totalHours).toBe(40)
    const both = september(entries)
    expect(both.totalHours).toBe(43)
    expect(schoolWeeks(both, year, 'washington', targets).find((w) => w.week.weekStart === '2026-09-28')!.shares.total).toBe(3)
    expect(schoolWeeks(both, year, 'lincoln', targets).find((w) => w.week.weekStart === '2026-09-28')!.shares.total).toBe(8)
  })
})

describe('rolling window', () => {
  it('reaches back past the holiday to four school weeks, including days before the period', () => {
    const s = september()
    const last = s.latestRolling!
    expect(last.weekStart).toBe('2026-09-28')
    expect(last.window.weekStarts).toEqual(['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-28'])
    expect(last.window.shares.hours).toEqual({ coaching: 25, learning: 3, other: 12 })
    expect(last.assessment.status).toBe('below-target')
    // Entries after the period's last day (the lunch duty on 1 Oct) are not read.
    expect(last.window).toEqual(
      rollingShares(
        lincoln.filter((x) => x.date <= '2026-09-30'),
        year,
        '2026-09-28',
      ),
    )
  })

  it('every point equals rollingShares over the whole year up to the period end', () => {
    const upToEnd = lincoln.filter((x) => x.date <= '2026-09-30')
    for (const p of september().rolling) expect(p.window).toEqual(rollingShares(upToEnd, year, p.weekStart))
  })

  it('has one point per school week that has begun, none for the holiday or the future', () => {
    expect(september().rolling.map((p) => p.weekStart)).toEqual(['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-28'])
    expect(september(lincoln, '2026-09-16').rolling.map((p) => p.weekStart)).toEqual(['2026-08-31', '2026-09-07', '2026-09-14'])
  })
})

describe('planned vs actual', () => {
  it('compares the agreement’s weekly estimates with the average per begun school week', () => {
    const { plan } = september()
    expect(plan.weeksCounted).toBe(4)
    expect(plan.hasPlan).toBe(true)
    expect(plan.plannedTotalPerWeek).toBe(9.5)
    const byBucket = Object.fromEntries(plan.byBucket.map((r) => [r.bucket, r]))
    expect(byBucket.coaching).toMatchObject({ plannedPerWeek: 6, actualHours: 23, actualPerWeek: 5.75 })
    expect(byBucket.learning).toMatchObject({ plannedPerWeek: 1.5, actualHours: 3, actualPerWeek: 0.75 })
    // Other: PLCs 10 h, lunch 1 h in school weeks (the fall-break 2 h are not in a school week), 1 h bucket-only.
    expect(byBucket.other).toMatchObject({ plannedPerWeek: 2, actualHours: 12, actualPerWeek: 3 })
  })

  it('lists planned tasks first, then won’t-do and unplanned time', () => {
    const rows = september().plan.byTask
    expect(rows.map((r) => [r.label, r.kind, r.plannedPerWeek, r.actualHours])).toEqual([
      ['Coaching cycles', 'planned', 6, 23],
      ['PLCs', 'planned', 2, 10],
      ['Book study', 'planned', 1.5, 3],
      ['Lunch duty', 'wont', null, 1],
      ['Other duties (no task named)', 'unplanned', null, 1],
    ])
  })

  it('says there is no plan when nothing is estimated', () => {
    const r = resolvePeriod({ kind: 'year' }, year, '2026-10-15')
    if (!r.ok) throw new Error(r.message)
    const s = buildDashboardSeries({
      year,
      period: r.period,
      entries: lincoln,
      targets,
      wontDo,
      planned: [],
      project: (p) => projectSplit(p, targets),
      taskTitle: String,
    })
    expect(s.plan.hasPlan).toBe(false)
    expect(s.plan.byBucket.every((b) => b.plannedPerWeek === null)).toBe(true)
  })
})

describe('drift', () => {
  it('counts won’t-do hours per week of the period, holiday weeks included', () => {
    const { drift } = september()
    expect(drift.weeks).toEqual([
      { weekStart: '2026-09-07', hours: 1, tasks: [{ taskId: 'lunch', hours: 1 }] },
      { weekStart: '2026-09-21', hours: 2, tasks: [{ taskId: 'lunch', hours: 2 }] },
    ])
    expect(drift.totalHours).toBe(3) // 1 Oct is outside the period
    const inPeriod = lincoln.filter((x) => x.date >= '2026-09-01' && x.date <= '2026-09-30')
    expect(drift).toEqual(driftByWeek(inPeriod, wontDo, 1))
  })

  it('a task is drift only at the school whose agreement said won’t', () => {
    const other = [...lincoln, e('2026-09-08', 'lunch', 4, 'washington')]
    expect(september(other).drift.totalHours).toBe(3)
  })
})
