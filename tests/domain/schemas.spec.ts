import { describe, expect, it } from 'vitest'
import {
  agreementSchema,
  decisionSchema,
  schoolYearSchema,
  settingsSchema,
  targetsSchema,
  taskSchema,
  timeEntrySchema,
} from '@/domain/schemas'
import { RecordValidationError, validate } from '@/domain/validation'

const stamps = { createdAt: 1, updatedAt: 2 }
const year = {
  id: 'y1',
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
  markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving' }],
  ...stamps,
}

describe('record schemas', () => {
  it('accept a well-formed school year', () => {
    expect(schoolYearSchema.parse(year)).toEqual(year)
  })

  it('name the field that is wrong', () => {
    expect(() => validate(schoolYearSchema, 'school year', { ...year, endDate: '2026-02-30' })).toThrow(
      'The school year was not saved. The date must be a real date (yyyy-mm-dd).',
    )
    expect(() => validate(schoolYearSchema, 'school year', { ...year, endDate: '2026-08-01' })).toThrow(
      'The school year was not saved. The last day must come after the first day.',
    )
    expect(() => validate(schoolYearSchema, 'school year', { ...year, firstDayOfWeek: 3 })).toThrow(
      expect.objectContaining({ problems: [{ field: 'firstDayOfWeek', message: 'The week must start on Sunday (0) or Monday (1).' }] }),
    )
  })

  it('report every problem, with the first in the message', () => {
    try {
      validate(taskSchema, 'task', {
        id: 't',
        title: ' ',
        description: '',
        bucket: 'gardening',
        origin: 'custom',
        archived: false,
        sortOrder: 0,
        ...stamps,
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(RecordValidationError)
      const err = e as RecordValidationError
      expect(err.byField).toMatchObject({ title: 'Give the task a title.', bucket: 'The area must be coaching, learning or other.' })
      expect(err.message).toBe('The task was not saved. Give the task a title. 1 more problem needs fixing too.')
    }
  })

  it('keep weekly hours between 0 and 60', () => {
    const decision = { id: 'd', agreementId: 'a', taskId: 't', choice: 'will', note: '', insteadBy: '', decidedAt: null, ...stamps }
    expect(decisionSchema.safeParse({ ...decision, weeklyHours: 0 }).success).toBe(true)
    expect(decisionSchema.safeParse({ ...decision, weeklyHours: 60 }).success).toBe(true)
    expect(decisionSchema.safeParse({ ...decision, weeklyHours: null }).success).toBe(true)
    for (const bad of [-1, 60.5, Number.NaN, Infinity, '3']) {
      expect(decisionSchema.safeParse({ ...decision, weeklyHours: bad }).success, String(bad)).toBe(false)
    }
  })

  it('keep a day of logged time between zero and 24 hours', () => {
    const entry = { id: 'e', schoolId: 's', date: '2026-09-01', taskId: null, bucket: 'coaching', rowKey: 'bucket:coaching', ...stamps }
    expect(timeEntrySchema.safeParse({ ...entry, hours: 1.5 }).success).toBe(true)
    for (const bad of [0, -0.5, 24.25, Number.NaN]) expect(timeEntrySchema.safeParse({ ...entry, hours: bad }).success).toBe(false)
  })

  it('refuse targets that add up to more than 100%', () => {
    expect(targetsSchema.safeParse({ coachingPct: 60, learningPct: 10 }).success).toBe(true)
    const result = targetsSchema.safeParse({ coachingPct: 95, learningPct: 10 })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['learningPct'])
  })

  it('trim names and refuse blank ones', () => {
    const settings = {
      id: 'app',
      coachName: '  Renée  ',
      defaultTargets: { coachingPct: 60, learningPct: 10 },
      activeSchoolId: null,
      activeSchoolYearId: null,
      lastBackupAt: null,
      ...stamps,
    }
    expect(settingsSchema.parse(settings).coachName).toBe('Renée')
    expect(settingsSchema.safeParse({ ...settings, coachName: '   ' }).success).toBe(false)
  })

  it('accept an agreement draft with empty sections and no signatures', () => {
    const agreement = {
      id: 'a',
      schoolId: 's',
      schoolYearId: 'y',
      version: 1,
      status: 'draft',
      meeting: { coachName: 'Renée', principalName: 'José', date: null },
      targets: { coachingPct: 60, learningPct: 10 },
      openItemsAccepted: false,
      sections: {},
      signatures: { coach: null, principal: null },
      signedAt: null,
      basedOnId: null,
      ...stamps,
    }
    expect(agreementSchema.safeParse(agreement).success).toBe(true)
    expect(agreementSchema.safeParse({ ...agreement, version: 0 }).success).toBe(false)
    expect(agreementSchema.safeParse({ ...agreement, status: 'final' }).success).toBe(false)
  })
})
