import { describe, expect, it } from 'vitest'
import { firstRunSchema, suggestedSchoolYear } from '@/domain/setup'
import { fieldProblems, problemsByField } from '@/domain/validation'

const good = {
  coachName: 'Renée Okafor',
  schoolName: 'Lincoln Elementary',
  principalName: 'José Martínez',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1 as const,
}

function errorsFor(input: object) {
  const result = firstRunSchema.safeParse(input)
  return result.success ? {} : problemsByField(fieldProblems(result.error))
}

describe('first-run form', () => {
  it('accepts a complete form', () => {
    expect(firstRunSchema.safeParse(good).success).toBe(true)
  })
  it('asks for every name', () => {
    expect(errorsFor({ ...good, coachName: '', schoolName: ' ', principalName: '' })).toEqual({
      coachName: 'Enter the coach’s name.',
      schoolName: 'Enter the school’s name.',
      principalName: 'Enter the principal’s name.',
    })
  })
  it('asks for both dates', () => {
    expect(errorsFor({ ...good, startDate: '', endDate: '' })).toMatchObject({
      startDate: 'Enter the first day of the school year.',
      endDate: 'Enter the last day of the school year.',
    })
  })
  it('refuses an end before the start and a year longer than 14 months', () => {
    expect(errorsFor({ ...good, endDate: '2026-06-01' }).endDate).toBe('The last day must come after the first day.')
    expect(errorsFor({ ...good, endDate: '2027-12-01' }).endDate).toBe('A school year can be at most 14 months long.')
  })
  it('suggests a school year that passes its own rules', () => {
    const y = suggestedSchoolYear(new Date(2026, 10, 25))
    expect(y).toEqual({ startDate: '2026-08-17', endDate: '2027-06-11' })
    expect(firstRunSchema.safeParse({ ...good, ...suggestedSchoolYear(new Date(2027, 1, 1)) }).success).toBe(true)
  })
})
