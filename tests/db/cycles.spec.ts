import { beforeEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { db } from '@/db/database'
import {
  addAdaptation,
  addPlaybookStrategy,
  addProgressCheck,
  createCycle,
  removeProgressCheck,
  saveSupportReview,
  setCycleOutcome,
  updateCycle,
  updatePlaybookStrategy,
} from '@/db/cycles'
import { useCycles, usePlaybook } from '@/db/cycleQueries'
import { RecordValidationError } from '@/domain/validation'
import { freshSetup } from './support'

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  ids = await freshSetup()
})

const start = (extra: Partial<Parameters<typeof createCycle>[0]> = {}) =>
  createCycle({ ...ids, teacherName: 'Dana Whitfield', teacherLabel: 'DW', gradeOrSubject: 'Grade 4', startDate: '2026-09-14', ...extra })

async function refusal(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  )
  expect(e).toBeInstanceOf(RecordValidationError)
  return (e as RecordValidationError).byField
}

const withGoal = (id: string) =>
  updateCycle(id, {
    goal: '85% of students show mastery on exit tickets.',
    measure: { what: 'students at mastery', kind: 'percent', unitLabel: '%', min: null, max: null },
    baseline: { value: 52, date: '2026-09-14' },
    target: { value: 85, date: '2026-11-20' },
  })

describe('coaching cycle writes', () => {
  it('starts a cycle with empty phases, and refuses one without a teacher, saving nothing', async () => {
    const cycle = await start()
    expect(cycle).toMatchObject({ teacherName: 'Dana Whitfield', goal: '', baseline: null, progressChecks: [], outcome: null })
    expect(await refusal(start({ teacherName: '  ' }))).toEqual({ teacherName: 'Enter the teacher’s name.' })
    expect(await db.cycles.count()).toBe(1)
  })

  it('refuses a target equal to the baseline at the field, and keeps what was stored', async () => {
    const { id } = await start()
    await withGoal(id)
    expect(await refusal(updateCycle(id, { target: { value: 52, date: '2026-11-20' } }))).toEqual({
      'target.value': 'The target must differ from the baseline.',
    })
    expect((await db.cycles.get(id))!.target).toEqual({ value: 85, date: '2026-11-20' })
  })

  it('adds progress checks in date order, refusing one in the future, before the start or out of range', async () => {
    const { id } = await start()
    await withGoal(id)
    await addProgressCheck(id, { date: '2026-10-19', value: 70, note: '' }, '2026-11-01')
    await addProgressCheck(id, { date: '2026-10-05', value: 64, note: 'First check' }, '2026-11-01')
    expect((await db.cycles.get(id))!.progressChecks.map((c) => c.value)).toEqual([64, 70])
    expect(await refusal(addProgressCheck(id, { date: '2026-11-02', value: 70, note: '' }, '2026-11-01'))).toEqual({
      date: 'A progress check cannot be in the future.',
    })
    expect(await refusal(addProgressCheck(id, { date: '2026-09-01', value: 70, note: '' }, '2026-11-01'))).toEqual({
      date: 'A progress check cannot come before the cycle starts.',
    })
    expect(await refusal(addProgressCheck(id, { date: '2026-10-20', value: 140, note: '' }, '2026-11-01'))).toEqual({
      value: 'A percentage runs from 0 to 100.',
    })
    const stored = (await db.cycles.get(id))!
    expect(stored.progressChecks).toHaveLength(2)
    await removeProgressCheck(id, stored.progressChecks[0]!.id)
    expect((await db.cycles.get(id))!.progressChecks.map((c) => c.value)).toEqual([70])
  })

  it('records changes of strategy and the outcome, refusing an outcome before the start', async () => {
    const { id } = await start()
    await addAdaptation(id, { date: '2026-10-05', note: 'Shorter tickets, two questions.' })
    expect(await refusal(addAdaptation(id, { date: '2026-10-05', note: '' }))).toEqual({ note: 'Say how the strategy changed.' })
    expect(await refusal(setCycleOutcome(id, { result: 'met', date: '2026-09-01', reason: '' }))).toEqual({
      'outcome.date': 'The outcome cannot come before the cycle starts.',
    })
    await setCycleOutcome(id, { result: 'met', date: '2026-11-20', reason: '' })
    expect((await db.cycles.get(id))!).toMatchObject({
      outcome: { result: 'met' },
      adaptations: [{ note: 'Shorter tickets, two questions.' }],
    })
  })

  it('keeps two writes to different fields, as from two tabs', async () => {
    const { id } = await start()
    await Promise.all([updateCycle(id, { goal: 'A goal.' }), updateCycle(id, { reflection: 'It went well.' })])
    expect((await db.cycles.get(id))!).toMatchObject({ goal: 'A goal.', reflection: 'It went well.' })
  })

  it('refuses a write to a cycle deleted elsewhere', async () => {
    await expect(updateCycle('gone', { goal: 'x' })).rejects.toThrow(/no longer exists/)
  })

  it('keeps the playbook, and retires a strategy without deleting it', async () => {
    const s = await addPlaybookStrategy({
      schoolId: ids.schoolId,
      name: 'Exit tickets',
      description: 'A short end-of-lesson check.',
      checklist: ['One question per objective'],
    })
    expect(await refusal(addPlaybookStrategy({ schoolId: ids.schoolId, name: '', description: '', checklist: [] }))).toEqual({
      name: 'Name the strategy.',
    })
    await updatePlaybookStrategy(s.id, { retired: true })
    expect((await db.playbook.get(s.id))!.retired).toBe(true)
  })

  it('saves a term’s support review, refusing a term that ends before it starts', async () => {
    const review = {
      ...ids,
      label: 'Fall term',
      startDate: '2026-08-17',
      endDate: '2026-12-18',
      commitments: [],
      checklist: { 'time-protected': 'done' as const },
      note: '',
    }
    const saved = await saveSupportReview(review)
    await saveSupportReview({ ...review, id: saved.id, note: 'Coverage duty ended in October.' })
    expect(await db.supportReviews.count()).toBe(1)
    expect(await refusal(saveSupportReview({ ...review, endDate: '2026-08-01' }))).toEqual({
      endDate: 'The term ends before it starts.',
    })
  })
})

describe('coaching cycle queries', () => {
  it('lists a school’s cycles of the year, latest first, and follows new ones and the playbook', async () => {
    const scope = effectScope()
    const { cycles, playbook } = scope.run(() => ({
      cycles: useCycles(ids.schoolId, ids.schoolYearId),
      playbook: usePlaybook(ids.schoolId),
    }))!
    await start({ teacherName: 'Ana', startDate: '2026-09-01' })
    await start({ teacherName: 'Ben', startDate: '2026-10-01' })
    await addPlaybookStrategy({ schoolId: ids.schoolId, name: 'Wait time', description: '', checklist: [] })
    await expect.poll(async () => (await nextTick(), cycles.data.value?.map((c) => c.teacherName))).toEqual(['Ben', 'Ana'])
    await expect.poll(() => playbook.data.value?.map((p) => p.name)).toEqual(['Wait time'])
    scope.stop()
  })
})
