import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import {
  addAdaptation,
  addPlaybookStrategy,
  addProgressCheck,
  createCycle,
  removeProgressCheck,
  setCycleOutcome,
  updateCycle,
  updatePlaybookStrategy,
} from '@/db/cycles'
import { RecordValidationError } from '@/domain/validation'
import { freshSetup } from './support'

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  ids = await freshSetup()
})

const newCycle = () =>
  createCycle({ ...ids, teacherName: 'Dana Wells', teacherLabel: 'DW', gradeOrSubject: 'Grade 4 math', startDate: '2026-09-08' })

async function refusal(write: Promise<unknown>): Promise<Record<string, string>> {
  const error = await write.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(RecordValidationError)
  return (error as RecordValidationError).byField
}

describe('coaching cycle writes', () => {
  it('creates an empty cycle with stamps', async () => {
    const cycle = await newCycle()
    expect(cycle).toMatchObject({ goal: '', peers: [], baseline: null, target: null, outcome: null, progressChecks: [] })
    expect(cycle.createdAt).toBeGreaterThan(0)
    expect(await db.cycles.get(cycle.id)).toEqual(cycle)
  })

  it('refuses an unknown id', async () => {
    await expect(updateCycle('nope', { goal: 'x' })).rejects.toThrow('no longer exists')
  })

  it('refuses a target equal to the baseline and saves nothing', async () => {
    const cycle = await newCycle()
    const byField = await refusal(
      updateCycle(cycle.id, { baseline: { value: 40, date: '2026-09-08' }, target: { value: 40, date: '2026-10-30' } }),
    )
    expect(byField['target.value']).toBe('The target must differ from the baseline.')
    expect(await db.cycles.get(cycle.id)).toEqual(cycle)
  })

  it('refuses a target date before the start', async () => {
    const cycle = await newCycle()
    const byField = await refusal(updateCycle(cycle.id, { target: { value: 80, date: '2026-09-01' } }))
    expect(byField['target.date']).toBeTruthy()
    expect(await db.cycles.get(cycle.id)).toEqual(cycle)
  })

  it('refuses a percentage over 100 at its progress check', async () => {
    const cycle = await newCycle()
    await addProgressCheck(cycle.id, { date: '2026-09-10', value: 40, note: '' }, '2026-09-20')
    await addProgressCheck(cycle.id, { date: '2026-09-12', value: 45, note: '' }, '2026-09-20')
    const before = await db.cycles.get(cycle.id)
    const byField = await refusal(addProgressCheck(cycle.id, { date: '2026-09-14', value: 140, note: '' }, '2026-09-20'))
    expect(byField['progressChecks.2.value']).toBe('A percentage runs from 0 to 100.')
    expect(await db.cycles.get(cycle.id)).toEqual(before)
  })

  it('refuses a progress check in the future or before the start', async () => {
    const cycle = await newCycle()
    expect((await refusal(addProgressCheck(cycle.id, { date: '2026-09-21', value: 40, note: '' }, '2026-09-20'))).date).toBe(
      'A progress check cannot be in the future.',
    )
    expect(
      (await refusal(addProgressCheck(cycle.id, { date: '2026-09-01', value: 40, note: '' }, '2026-09-20')))['progressChecks.0.date'],
    ).toBeTruthy()
    expect((await db.cycles.get(cycle.id))?.progressChecks).toEqual([])
  })

  it('refuses an outcome before the start and min above max', async () => {
    const cycle = await newCycle()
    expect((await refusal(setCycleOutcome(cycle.id, { result: 'met', date: '2026-09-01', reason: '' })))['outcome.date']).toBeTruthy()
    expect(
      (await refusal(updateCycle(cycle.id, { measure: { what: 'Words', kind: 'number', unitLabel: 'wpm', min: 100, max: 10 } })))[
        'measure.max'
      ],
    ).toBeTruthy()
    expect(await db.cycles.get(cycle.id)).toEqual(cycle)
  })

  it('assigns check ids, removes a check and records adaptations and outcomes', async () => {
    const cycle = await newCycle()
    const withCheck = await addProgressCheck(cycle.id, { date: '2026-09-10', value: 40, note: 'First' }, '2026-09-20')
    const checkId = withCheck.progressChecks[0]!.id
    expect(checkId).toBeTruthy()
    expect((await removeProgressCheck(cycle.id, checkId)).progressChecks).toEqual([])
    expect((await addAdaptation(cycle.id, { date: '2026-09-15', note: 'Shorter exit tickets.' })).adaptations).toHaveLength(1)
    const done = await setCycleOutcome(cycle.id, { result: 'met', date: '2026-10-30', reason: '' })
    expect(done.outcome?.result).toBe('met')
    expect(done.updatedAt).toBeGreaterThan(cycle.updatedAt)
    expect(done.createdAt).toBe(cycle.createdAt)
  })

  it('keeps both of two writes to different fields', async () => {
    const cycle = await newCycle()
    await Promise.all([
      updateCycle(cycle.id, { goal: 'Students explain their reasoning.' }),
      updateCycle(cycle.id, { reflection: 'Going well.' }),
    ])
    const stored = await db.cycles.get(cycle.id)
    expect(stored?.goal).toBe('Students explain their reasoning.')
    expect(stored?.reflection).toBe('Going well.')
  })
})

describe('playbook writes', () => {
  it('adds, updates and refuses a blank name', async () => {
    const s = await addPlaybookStrategy({ schoolId: ids.schoolId, name: 'Think-pair-share', description: '', checklist: ['Pose'] })
    expect((await updatePlaybookStrategy(s.id, { retired: true })).retired).toBe(true)
    await refusal(updatePlaybookStrategy(s.id, { name: ' ' }))
    expect((await db.playbook.get(s.id))?.name).toBe('Think-pair-share')
  })
})
