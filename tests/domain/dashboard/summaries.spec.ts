import { describe, expect, it } from 'vitest'
import { againstTarget, driftSummary, planSummary, rollingSummary, yearToDateSummary } from '@/domain/dashboard/summaries'
import { sharesOf } from '@/domain/shares'
import { assessShares } from '@/domain/flags'

const targets = { coachingPct: 60, learningPct: 10 }
const window = (coaching: number, learning: number, other: number, weeks = 4) => {
  const shares = sharesOf({ coaching, learning, other })
  return {
    weekStart: '2026-09-28',
    window: { weekStarts: Array.from({ length: weeks }, (_, i) => `2026-09-0${i + 1}`), shares },
    loggedWeeks: weeks - 1,
    assessment: assessShares(shares, targets),
  }
}

describe('text summaries', () => {
  it('says how far a share is from its target, never rounding a miss up to the target', () => {
    expect(againstTarget(54, 60)).toBe('6 points under the 60% target')
    expect(againstTarget(59.96, 60)).toBe('0.1 points under the 60% target')
    expect(againstTarget(61, 60)).toBe('1 point above the 60% target')
    expect(againstTarget(60, 60)).toBe('exactly on the 60% target')
  })

  // Issue 13: the rolling sentence says how many of its weeks are logged and over how many hours.
  it('rolling: "Over the last 4 school weeks (3 of them logged, 100 h), coaching was 54%, 6 points under target"', () => {
    const text = rollingSummary({ latestRolling: window(54, 10, 36), targets })
    expect(text).toBe(
      'Over the last 4 school weeks (3 of them logged, 100 h), coaching was 54%, 6 points under the 60% target, and professional learning 10%, exactly on the 10% target.',
    )
    expect(rollingSummary({ latestRolling: null, targets })).toContain('Nothing is logged')
  })

  it('year to date names weeks, hours and the three shares', () => {
    const shares = sharesOf({ coaching: 30, learning: 5, other: 15 })
    const text = yearToDateSummary({
      yearToDate: { weekStarts: ['a', 'b', 'c'], loggedWeeks: 2, shares, assessment: assessShares(shares, targets) },
      targets,
    })
    expect(text).toBe(
      'Year to date (2 of 3 school weeks logged, 50 h): coaching 60%, exactly on the 60% target; professional learning 10%, exactly on the 10% target; other duties 30%.',
    )
  })

  it('planned vs actual and drift read as sentences', () => {
    const plan = {
      weeksCounted: 2,
      hasPlan: true,
      plannedTotalPerWeek: 10,
      actualTotalPerWeek: 10,
      unestimatedCount: 0,
      byTask: [],
      byBucket: [
        {
          key: 'bucket:coaching',
          taskId: null,
          bucket: 'coaching' as const,
          label: 'Coaching',
          plannedPerWeek: 18,
          actualPerWeek: 14.5,
          actualHours: 29,
          kind: 'planned' as const,
        },
      ],
    }
    expect(planSummary({ plan })).toBe(
      'Average per week over the 2 school weeks with time logged. Coaching: planned 18 h, logged 14.5 h a week, 3.5 h less than planned.',
    )
    expect(planSummary({ plan: { ...plan, hasPlan: false } })).toContain('no hour estimates')
    const drift = {
      totalHours: 6.5,
      weeks: [
        { weekStart: 'a', hours: 4, tasks: [] },
        { weekStart: 'b', hours: 2.5, tasks: [] },
      ],
      tasks: [{ taskId: 't', hours: 4 }],
    }
    expect(driftSummary({ drift }, () => 'Lunch duty')).toBe(
      '6.5 h went to won’t-do tasks in 2 weeks of this period; the most on “Lunch duty” (4 h).',
    )
    expect(driftSummary({ drift: { totalHours: 0, weeks: [], tasks: [] } }, String)).toContain('No time went')
  })
})
