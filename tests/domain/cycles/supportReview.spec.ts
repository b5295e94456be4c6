import { describe, expect, it } from 'vitest'
import { suggestTerm, termDateErrors, termTimeFigures, termsOfYear } from '@/domain/cycles/supportReview'
import type { LoggedTime } from '@/domain/shares'
import type { SchoolCalendar } from '@/domain/schoolWeeks'

const calendar: SchoolCalendar = { startDate: '2026-08-17', endDate: '2027-06-18', firstDayOfWeek: 1, markedWeeks: [] }
const targets = { coachingPct: 60, learningPct: 10 }
const wontDo = new Map([['s1', new Set(['bus-duty'])]])
const fall = { startDate: '2026-08-17', endDate: '2026-12-31' }

function entry(date: string, bucket: LoggedTime['bucket'], hours: number, taskId: string | null = null): LoggedTime {
  return { schoolId: 's1', date, taskId, bucket, hours }
}

describe('termsOfYear and suggestTerm', () => {
  it('splits a year across January into fall and spring', () => {
    expect(termsOfYear(calendar).map((t) => t.label)).toEqual(['Fall term', 'Spring term'])
  })
  it('suggests the current term, then the next unreviewed one', () => {
    expect(suggestTerm('2026-10-01', calendar, []).label).toBe('Fall term')
    expect(suggestTerm('2026-12-20', calendar, [{ label: 'Fall term', startDate: '2026-08-17' }]).label).toBe('Spring term')
  })
})

describe('termTimeFigures', () => {
  it('excludes weeks that have not ended yet', () => {
    const f = termTimeFigures(
      fall,
      '2026-09-02',
      [entry('2026-08-18', 'coaching', 5), entry('2026-09-01', 'coaching', 5)],
      calendar,
      targets,
      wontDo,
    )
    expect(f.weeksSoFar).toBe(2)
    expect(f.weeksLogged).toBe(1)
    expect(f.logged.covers).toBe('1 of 2 school weeks so far logged (Aug 17 – Aug 28).')
  })
  it('does not flag weeks with nothing logged', () => {
    const f = termTimeFigures(
      fall,
      '2026-09-07',
      [
        entry('2026-08-18', 'coaching', 1),
        entry('2026-08-18', 'other', 5),
        entry('2026-08-25', 'coaching', 6),
        entry('2026-08-25', 'learning', 1),
      ],
      calendar,
      targets,
      wontDo,
    )
    expect(f.weeksSoFar).toBe(3)
    expect(f.weeksNotLogged).toBe(1)
    expect(f.flaggedWeeks.count).toBe(1)
  })
  it('adds drift hours on won’t-do tasks within the term only', () => {
    const f = termTimeFigures(
      fall,
      '2027-01-20',
      [
        entry('2026-08-18', 'other', 1.5, 'bus-duty'),
        entry('2026-09-08', 'other', 1, 'bus-duty'),
        entry('2027-01-05', 'other', 3, 'bus-duty'),
      ],
      calendar,
      targets,
      wontDo,
    )
    expect(f.driftHours.count).toBe(2.5)
  })
  it('says so for a term with no ended week', () => {
    const f = termTimeFigures(fall, '2026-08-10', [], calendar, targets, wontDo)
    expect(f.weeksSoFar).toBe(0)
    expect(f.logged.covers).toBe('No school week of this term has ended yet.')
  })
})

describe('termDateErrors', () => {
  it('puts the message at the field', () => {
    expect(termDateErrors({ startDate: '2026-10-01', endDate: '2026-09-01' }, calendar)).toEqual({
      endDate: 'The term ends before it starts.',
    })
    expect(termDateErrors({ startDate: '2026-01-01', endDate: '2026-09-01' }, calendar).startDate).toBe(
      'The term starts outside the school year.',
    )
  })
})
