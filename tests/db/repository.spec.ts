import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/database'
import { completeFirstRun, getSettings, saveAgreement, saveDecision, saveSchool, saveSettings, saveTask } from '@/db/repository'
import { describeStorageError } from '@/db/errors'
import { markSigned } from '../support/signed'
import { resetDatabase } from '../support/database'
import { draftAgreement, FIRST_RUN, seedFirstRun } from '../support/seed'

beforeEach(async () => {
  await resetDatabase()
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('completeFirstRun', () => {
  it('writes the coach, the school and the school year together', async () => {
    const settings = await completeFirstRun(FIRST_RUN)
    const school = await db.schools.get(settings.activeSchoolId!)
    const year = await db.schoolYears.get(settings.activeSchoolYearId!)
    expect(settings).toMatchObject({ coachName: 'Renée Okafor', defaultTargets: { coachingPct: 60, learningPct: 10 }, lastBackupAt: null })
    expect(school).toMatchObject({ name: 'Lincoln Elementary', principalName: 'José Martínez' })
    expect(year).toMatchObject({ label: '2026–27', startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1, markedWeeks: [] })
    expect(school!.createdAt).toBeGreaterThan(0)
  })

  it('saves nothing when the form is invalid', async () => {
    await expect(completeFirstRun({ ...FIRST_RUN, endDate: '2026-01-01' })).rejects.toMatchObject({
      message: 'The setup was not saved. The last day must come after the first day.',
      byField: { endDate: 'The last day must come after the first day.' },
    })
    await expect(completeFirstRun({ ...FIRST_RUN, coachName: '' })).rejects.toMatchObject({
      byField: { coachName: 'Enter the coach’s name.' },
    })
    expect(await db.schools.count()).toBe(0)
    expect(await db.settings.count()).toBe(0)
  })

  it('rolls back every record when one write fails', async () => {
    vi.spyOn(db.settings, 'add').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))
    await expect(completeFirstRun(FIRST_RUN)).rejects.toThrow()
    expect(await db.schools.count()).toBe(0)
    expect(await db.schoolYears.count()).toBe(0)
  })

  it('cannot run twice', async () => {
    await completeFirstRun(FIRST_RUN)
    await expect(completeFirstRun(FIRST_RUN)).rejects.toThrow('already been completed')
    expect(await db.schools.count()).toBe(1)
  })
})

describe('validated writes', () => {
  it('stamp createdAt once and updatedAt on every save', async () => {
    const first = await saveSchool({ name: 'Adams High', principalName: 'Ana Ruiz' })
    await new Promise((r) => setTimeout(r, 5))
    const second = await saveSchool({ id: first.id, name: 'Adams High School', principalName: 'Ana Ruiz' })
    expect(second.createdAt).toBe(first.createdAt)
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt)
    expect((await db.schools.get(first.id))?.name).toBe('Adams High School')
  })

  it('refuse a record of the wrong shape and name the field', async () => {
    await expect(saveSchool({ name: 'Adams High', principalName: '' })).rejects.toMatchObject({
      message: 'The school was not saved. Enter the principal’s name.',
      byField: { principalName: 'Enter the principal’s name.' },
    })
    await expect(
      saveTask({ title: 'Lunch duty', description: '', bucket: 'lunch' as never, origin: 'custom', archived: false, sortOrder: 1 }),
    ).rejects.toMatchObject({
      message: 'The task was not saved. The area must be coaching, learning or other.',
      byField: { bucket: 'The area must be coaching, learning or other.' },
    })
    expect(await db.schools.count()).toBe(0)
    expect(await db.tasks.count()).toBe(0)
  })

  it('never change a signed agreement or its decisions', async () => {
    const { schoolId, schoolYearId } = await seedFirstRun()
    const task = await saveTask({
      title: 'Co-teaching',
      description: '',
      bucket: 'coaching',
      origin: 'catalog',
      archived: false,
      sortOrder: 1,
    })
    const agreement = await saveAgreement(
      draftAgreement(schoolId, schoolYearId, { meeting: { coachName: 'Renée', principalName: 'José', date: '2026-09-01' } }),
    )
    await saveDecision({
      agreementId: agreement.id,
      taskId: task.id,
      choice: 'will',
      note: '',
      insteadBy: '',
      weeklyHours: 4,
      decidedAt: 1,
    })
    const now = Date.now()
    await markSigned(agreement, {
      signedAt: now,
      signatures: { coach: { name: 'Renée', signedAt: now }, principal: { name: 'José', signedAt: now } },
    })

    await expect(saveAgreement({ ...agreement, targets: { coachingPct: 50, learningPct: 10 } })).rejects.toThrow(
      'signed and cannot be changed',
    )
    await expect(
      saveDecision({
        agreementId: agreement.id,
        taskId: task.id,
        choice: 'wont',
        note: '',
        insteadBy: '',
        weeklyHours: null,
        decidedAt: 2,
      }),
    ).rejects.toThrow('signed and cannot be changed')
    expect((await db.agreements.get(agreement.id))?.targets.coachingPct).toBe(60)
  })

  it('refuse a decision for an agreement that does not exist', async () => {
    await expect(
      saveDecision({ agreementId: 'missing', taskId: 't', choice: 'will', note: '', insteadBy: '', weeklyHours: 1, decidedAt: 1 }),
    ).rejects.toThrow('The decision was not saved. Its agreement no longer exists; reload the page.')
  })

  it('allow only one agreement per school, year and version', async () => {
    const base = {
      schoolId: 's',
      schoolYearId: 'y',
      version: 1,
      status: 'draft' as const,
      meeting: { coachName: '', principalName: '', date: null },
      targets: { coachingPct: 60, learningPct: 10 },
      openItemsAccepted: false,
      sections: {},
      signatures: { coach: null, principal: null },
      signedAt: null,
      basedOnId: null,
    }
    await saveAgreement(base)
    const error = await saveAgreement(base).catch((e: unknown) => e)
    expect(describeStorageError(error)).toBe('That record already exists, so nothing was changed.')
  })
})

describe('settings', () => {
  it('cannot be saved before setup', async () => {
    await expect(saveSettings({ coachName: 'X' })).rejects.toThrow('Finish the first-run setup')
  })
  it('validate patches against the whole record', async () => {
    await completeFirstRun(FIRST_RUN)
    await expect(saveSettings({ defaultTargets: { coachingPct: 95, learningPct: 10 } })).rejects.toMatchObject({
      message: 'The settings were not saved. Coaching and professional learning targets together cannot exceed 100%.',
      byField: { 'defaultTargets.learningPct': 'Coaching and professional learning targets together cannot exceed 100%.' },
    })
    await saveSettings({ defaultTargets: { coachingPct: 65, learningPct: 10 } })
    expect((await getSettings())?.defaultTargets.coachingPct).toBe(65)
  })
})

describe('describeStorageError', () => {
  it('explains a full disk without alarming', () => {
    expect(describeStorageError({ name: 'QuotaExceededError' })).toContain('run out of storage space')
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toContain('everything saved before is safe')
  })
  it('explains another tab holding an old version', () => {
    expect(describeStorageError({ name: 'VersionError' })).toContain('another tab')
  })
})
