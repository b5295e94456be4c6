import { beforeEach, describe, expect, it } from 'vitest'
import {
  addCycleSession,
  cycleDeletionImpact,
  deleteCycle,
  deleteCycleSession,
  SessionNeedsConfirmation,
  updateCycleSession,
  type SessionInput,
} from '@/db/cycleSessions'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { setCellHours } from '@/db/timeLog'
import { RecordValidationError } from '@/domain/validation'
import { freshSetup } from './support'
import { emptyCycleFields } from '@/domain/cycles/newCycle'

let ids: { schoolId: string; schoolYearId: string }
const CYCLE = 'cycle-1'

beforeEach(async () => {
  ids = await freshSetup()
  const now = Date.now()
  await db.cycles.put({
    id: CYCLE,
    ...ids,
    teacherName: 'Ana Ruiz',
    teacherLabel: 'AR',
    gradeOrSubject: 'Grade 3',
    startDate: '2026-09-01',
    ...emptyCycleFields(),
    createdAt: now,
    updatedAt: now,
  })
})

const input = (extra: Partial<SessionInput> = {}): SessionInput => ({
  cycleId: CYCLE,
  date: '2026-09-14',
  minutes: 90,
  kind: 'meeting',
  rowKey: 'bucket:coaching',
  note: '',
  ...extra,
})
const entryOf = (date = '2026-09-14') =>
  db.timeEntries.where('[schoolId+date+rowKey]').equals([ids.schoolId, date, 'bucket:coaching']).first()
const dayTotal = async (date = '2026-09-14') =>
  ((await db.dayTotals.get([ids.schoolId, date]))?.rows ?? []).reduce((h, r) => h + r.hours, 0)
const fieldOf = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(RecordValidationError)
  return Object.keys((err as RecordValidationError).byField)
}

describe('cycle sessions in the week grid', () => {
  it('adds, edits and deletes a session, keeping typed hours', async () => {
    await setCellHours({ ...ids, date: '2026-09-14', rowKey: 'bucket:coaching', hours: 1 })
    const s = await addCycleSession(input())
    expect(await entryOf()).toMatchObject({ hours: 2.5, sessionHours: 1.5 })
    expect(await dayTotal()).toBe(2.5)
    await updateCycleSession(s.id, input({ minutes: 30 }))
    expect(await entryOf()).toMatchObject({ hours: 1.5, sessionHours: 0.5 })
    await updateCycleSession(s.id, input({ minutes: 30, date: '2026-09-15' }))
    expect(await entryOf()).toMatchObject({ hours: 1 })
    expect((await entryOf())?.sessionHours).toBeUndefined()
    expect(await entryOf('2026-09-15')).toMatchObject({ hours: 0.5, sessionHours: 0.5 })
    await deleteCycleSession(s.id)
    expect(await entryOf('2026-09-15')).toBeUndefined()
    expect(await dayTotal('2026-09-15')).toBe(0)
    expect(await entryOf()).toMatchObject({ hours: 1 })
  })

  it('keeps a cell’s session part to the quarter hour, worked out from all its sessions', async () => {
    const a = await addCycleSession(input({ minutes: 10 }))
    const b = await addCycleSession(input({ minutes: 10 }))
    expect(await entryOf()).toMatchObject({ hours: 0.25, sessionHours: 0.25 })
    await deleteCycleSession(a.id)
    expect(await entryOf()).toMatchObject({ hours: 0.25, sessionHours: 0.25 })
    await deleteCycleSession(b.id)
    expect(await entryOf()).toBeUndefined()
  })

  it('50 minutes make 0.75 h, edited to 70 they make 1.25 h, and a delete restores the typed part exactly', async () => {
    await setCellHours({ ...ids, date: '2026-09-14', rowKey: 'bucket:coaching', hours: 1.25 })
    const s = await addCycleSession(input({ minutes: 50 }))
    expect(await entryOf()).toMatchObject({ hours: 2, sessionHours: 0.75 })
    expect(await dayTotal()).toBe(2)
    await updateCycleSession(s.id, input({ minutes: 70 }))
    expect(await entryOf()).toMatchObject({ hours: 2.5, sessionHours: 1.25 })
    for (const minutes of [50, 10, 70, 35]) await updateCycleSession(s.id, input({ minutes }))
    expect(await entryOf()).toMatchObject({ hours: 1.75, sessionHours: 0.5 })
    await deleteCycleSession(s.id)
    const after = await entryOf()
    expect(after?.hours).toBe(1.25)
    expect(after?.sessionHours).toBeUndefined()
    expect(await dayTotal()).toBe(1.25)
  })

  it('moves a session’s time when its row changes', async () => {
    await ensureCatalog()
    const s = await addCycleSession(input({ minutes: 50 }))
    await updateCycleSession(s.id, input({ minutes: 50, rowKey: 'cat-coaching-follow-up' }))
    expect(await entryOf()).toBeUndefined()
    const moved = await db.timeEntries
      .where('[schoolId+date+rowKey]')
      .equals([ids.schoolId, '2026-09-14', 'cat-coaching-follow-up'])
      .first()
    expect(moved).toMatchObject({ hours: 0.75, sessionHours: 0.75, taskId: 'cat-coaching-follow-up', bucket: 'coaching' })
    expect(await dayTotal()).toBe(0.75)
  })

  it('refuses bad sessions at the field, saving nothing', async () => {
    expect(await fieldOf(addCycleSession(input({ minutes: 0 })))).toEqual(['minutes'])
    expect(await fieldOf(addCycleSession(input({ minutes: 601 })))).toEqual(['minutes'])
    expect(await fieldOf(addCycleSession(input({ date: '2027-07-01' })))).toEqual(['date'])
    expect(await fieldOf(addCycleSession(input({ cycleId: 'nope' })))).toEqual(['cycleId'])
    await setCellHours({ ...ids, date: '2026-09-14', rowKey: 'bucket:other', hours: 23 })
    expect(await fieldOf(addCycleSession(input({ minutes: 90 })))).toEqual(['minutes'])
    expect(await db.cycleSessions.count()).toBe(0)
    expect(await entryOf()).toBeUndefined()
  })

  it('asks for confirmation on a marked week', async () => {
    await db.schoolYears.update(ids.schoolYearId, { markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday', label: 'Thanksgiving' }] })
    await expect(addCycleSession(input({ date: '2026-11-24' }))).rejects.toThrow(SessionNeedsConfirmation)
    await expect(addCycleSession(input({ date: '2026-11-24' }))).rejects.toThrow(/Thanksgiving/)
    await addCycleSession(input({ date: '2026-11-24', confirmMarkedDay: true }))
    expect(await entryOf('2026-11-24')).toMatchObject({ hours: 1.5, sessionHours: 1.5 })
  })

  it('deletes a cycle with its sessions and their hours', async () => {
    await setCellHours({ ...ids, date: '2026-09-14', rowKey: 'bucket:coaching', hours: 1 })
    await addCycleSession(input())
    await addCycleSession(input({ date: '2026-09-16', minutes: 45 }))
    await addCycleSession(input({ date: '2026-09-16', minutes: 5 }))
    expect(await cycleDeletionImpact(CYCLE)).toEqual({ sessions: 3, hours: 2.25 })
    expect(await deleteCycle(CYCLE)).toEqual({ sessions: 3, hours: 2.25 })
    expect(await db.cycles.count()).toBe(0)
    expect(await db.cycleSessions.count()).toBe(0)
    expect(await entryOf()).toMatchObject({ hours: 1 })
    expect(await entryOf('2026-09-16')).toBeUndefined()
  })
})
