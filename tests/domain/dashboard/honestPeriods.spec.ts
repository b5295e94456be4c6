/**
 * Issue 13: figures never count weeks that have not happened, name their base, average over the
 * weeks with time logged, show unlogged school weeks as gaps, and keep marked-week hours apart.
 */
import { describe, expect, it } from 'vitest'
import { resolvePeriod, type SchoolYearCalendar } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import {
  gapText,
  headlineFigures,
  hoursBaseText,
  loggedWeeksText,
  planSummary,
  rollingSummary,
  weeklySummary,
  yearToDateSummary,
} from '@/domain/dashboard/summaries'
import { projectSplit } from '@/domain/projection'
import type { LoggedTime } from '@/domain/shares'

// Term 1 of a year starting 17 Aug: today is Wednesday 25 Nov, inside the Thanksgiving week.
const year: SchoolYearCalendar = {
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [
    { weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving' },
    { weekStart: '2026-12-21', kind: 'holiday', label: 'Winter break' },
  ],
}
const targets = { coachingPct: 60, learningPct: 10 }
const TODAY = '2026-11-25'
const e = (date: string, bucket: LoggedTime['bucket'], hours: number, taskId: string | null = null): LoggedTime => ({
  schoolId: 's',
  date,
  bucket,
  hours,
  taskId,
})
// Two logged school weeks, each exactly on the coaching target but short of professional learning.
const entries: LoggedTime[] = [
  e('2026-09-08', 'coaching', 24, 'cycles'),
  e('2026-09-09', 'learning', 2),
  e('2026-09-10', 'other', 14),
  e('2026-09-15', 'coaching', 24, 'cycles'),
  e('2026-09-16', 'learning', 2),
  e('2026-09-17', 'other', 14),
  e('2026-11-24', 'other', 3), // a holiday week: 3 h outside the shares
  e('2026-12-01', 'coaching', 9), // after today: counted nowhere
]

function term(today = TODAY) {
  const r = resolvePeriod({ kind: 'term' }, year, today)
  if (!r.ok) throw new Error(r.message)
  return buildDashboardSeries({
    year,
    period: r.period,
    entries,
    targets,
    wontDo: new Map(),
    planned: [{ taskId: 'cycles', bucket: 'coaching', weeklyHours: 20 }],
    project: (p) => projectSplit(p, targets),
    taskTitle: () => 'Coaching cycles',
  })
}

describe('honest periods', () => {
  it('ends the period today: no week after today in any figure, the rest listed as upcoming', () => {
    const s = term()
    expect(s.period.to).toBe(TODAY)
    expect(s.weeks.at(-1)!.week.weekStart).toBe('2026-11-23')
    expect(s.weeks.every((w) => w.week.weekStart <= TODAY)).toBe(true)
    expect(s.period.upcomingWeeks[0]!.weekStart).toBe('2026-11-30')
    expect(s.totalHours).toBe(83) // the 9 h dated after today are not counted
    expect(s.rolling.every((p) => p.weekStart <= TODAY)).toBe(true)
    expect(s.drift.weeks.every((w) => w.weekStart <= TODAY)).toBe(true)
  })

  it('counts school weeks so far, logged and not; marked weeks are neither', () => {
    const { coverage } = term()
    // 17 Aug to 23 Nov: 15 weeks, of which the Thanksgiving week is marked.
    expect(coverage.schoolWeeks).toBe(14)
    expect(coverage.loggedSchoolWeeks).toEqual(['2026-09-07', '2026-09-14'])
    expect(coverage.unloggedSchoolWeeks).toHaveLength(12)
    expect(coverage.schoolWeekHours).toBe(80)
    expect(coverage.markedWeekHours).toBe(3)
  })

  it('averages per week over the weeks with time logged, never over empty ones', () => {
    const s = term()
    expect(s.plan.weeksCounted).toBe(2)
    expect(s.plan.byBucket.find((r) => r.bucket === 'coaching')!.actualPerWeek).toBe(24)
    expect(planSummary(s)).toBe(
      'Average per week over the 2 school weeks with time logged. Coaching: planned 20 h, logged 24 h a week, 4 h more than planned. Professional learning: planned 0 h, logged 2 h a week, 2 h more than planned. Other duties: planned 0 h, logged 14 h a week, 14 h more than planned.',
    )
  })

  it('names the base of every figure', () => {
    const s = term()
    expect(loggedWeeksText(2, 15)).toBe('2 of 15 school weeks logged')
    expect(gapText(13)).toBe('13 school weeks have nothing logged')
    expect(gapText(1)).toBe('1 school week has nothing logged')
    expect(gapText(0)).toBeNull()
    expect(hoursBaseText(s.coverage)).toBe('80 h in school weeks, plus 3 h in marked weeks')
    expect(hoursBaseText({ ...s.coverage, markedWeekHours: 0 })).toBe('80 h in school weeks')
    expect(weeklySummary(s)).toMatch(
      /^2 of 14 school weeks logged\. 12 school weeks have nothing logged: a gap to fill, not counted as zero\. /,
    )
    expect(weeklySummary(s)).toContain('Over 80 h in school weeks, plus 3 h in marked weeks: coaching 60%')
    expect(yearToDateSummary(s)).toMatch(/^Year to date \(2 of 14 school weeks logged, 80 h\)/)
  })

  it('an unlogged school week stays in the rolling four weeks as a gap, adding no hours', () => {
    const s = term('2026-09-29')
    const latest = s.latestRolling!
    // The window of 29 Sep: 8, 15, 22 and 29 Sep; two of them logged.
    expect(latest.window.weekStarts).toEqual(['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'])
    expect(latest.loggedWeeks).toBe(2)
    expect(latest.window.shares.percent!.coaching).toBe(60)
    expect(rollingSummary(s)).toBe(
      'Over the last 4 school weeks (2 of them logged, 80 h), coaching was 60%, exactly on the 60% target, and professional learning 5%, 5 points under the 10% target.',
    )
  })

  it('each card warns about its own measure only: short professional learning leaves the coaching cards alone', () => {
    const s = term()
    const cards = Object.fromEntries(headlineFigures(s, targets).map((f) => [f.id, f]))
    expect(cards.coaching).toMatchObject({ value: '60%', below: false, warning: null })
    expect(cards.coaching!.detail).toBe('exactly on the 60% target, over 80 h in school weeks, plus 3 h in marked weeks')
    expect(cards.learning).toMatchObject({ value: '5%', below: true, warning: 'Below the 10% target' })
    expect(cards.rolling!.below).toBe(false)
    expect(cards.ytd).toMatchObject({ below: false })
    expect(cards.ytd!.detail).toMatch(/^2 of 14 school weeks logged/)
    expect(cards.logged).toMatchObject({
      value: '2 of 14',
      below: true,
      detail: '12 school weeks have nothing logged: a gap to fill, not counted as zero',
    })
    expect(cards.drift).toMatchObject({ below: false, warning: null })
  })
})
