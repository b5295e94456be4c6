import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/database'
import { readDayTotals, readLoggedTime } from '@/db/dayTotals'
import { restoreBackup } from '@/db/backup'
import { deleteTimeEntry, saveTimeEntry } from '@/db/repository'
import { copyWeek, setCellHours, TimeLogError } from '@/db/timeLog'
import { readBackupText } from '@/domain/backup'
import { dayTotalsOf } from '@/domain/dayTotals'
import { backupText, sampleData } from '../support/backupData'
import { seedTask, seedTimeLog } from '../support/timeLogFixtures'
import { resetDatabase } from '../support/database'

let ctx: Awaited<ReturnType<typeof seedTimeLog>>
beforeEach(async () => {
  await resetDatabase()
  ctx = await seedTimeLog({ secondSchool: true })
})
afterEach(() => {
  vi.restoreAllMocks()
})

const cell = (date: string, rowKey: string, hours: number, schoolId = ctx.lincoln.id) =>
  setCellHours({ schoolId, schoolYearId: ctx.year.id, date, rowKey, hours })

/** The stored totals are exactly what the stored entries make. */
async function expectTotalsMatchEntries() {
  const totals = await db.dayTotals.toArray()
  expect(totals).toEqual(dayTotalsOf(await db.timeEntries.toArray()))
  return totals
}

describe('day totals follow every write to the time log', () => {
  it('when a cell is set, changed and cleared', async () => {
    const task = await seedTask('Coaching cycles', 'coaching', 1)
    await cell('2026-09-14', task.id, 1.5)
    await cell('2026-09-14', 'bucket:other', 0.5)
    expect(await expectTotalsMatchEntries()).toEqual([
      {
        schoolId: ctx.lincoln.id,
        date: '2026-09-14',
        rows: [
          { taskId: null, bucket: 'other', hours: 0.5 },
          { taskId: task.id, bucket: 'coaching', hours: 1.5 },
        ],
      },
    ])
    await cell('2026-09-14', task.id, 3)
    expect((await expectTotalsMatchEntries())[0]!.rows[1]!.hours).toBe(3)
    await cell('2026-09-14', task.id, 0)
    await cell('2026-09-14', 'bucket:other', 0)
    expect(await expectTotalsMatchEntries()).toEqual([])
  })

  it('when a week is copied', async () => {
    await cell('2026-09-14', 'bucket:coaching', 4)
    await cell('2026-09-16', 'bucket:learning', 1)
    await copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21')
    const totals = await expectTotalsMatchEntries()
    expect(totals.map((t) => t.date)).toEqual(['2026-09-14', '2026-09-16', '2026-09-21', '2026-09-23'])
  })

  it('when an entry is saved on another day or deleted', async () => {
    const entry = await saveTimeEntry({
      schoolId: ctx.lincoln.id,
      date: '2026-09-14',
      taskId: null,
      bucket: 'coaching',
      rowKey: 'bucket:coaching',
      hours: 2,
    })
    await saveTimeEntry({ ...entry, date: '2026-09-15' })
    expect((await expectTotalsMatchEntries()).map((t) => t.date)).toEqual(['2026-09-15'])
    await deleteTimeEntry(entry.id)
    await deleteTimeEntry('no-such-entry')
    expect(await expectTotalsMatchEntries()).toEqual([])
  })

  it('not at all when a write is refused', async () => {
    await cell('2026-09-14', 'bucket:coaching', 20)
    await expect(cell('2026-09-14', 'bucket:other', 5, ctx.washington!.id)).rejects.toThrow(TimeLogError)
    expect(await expectTotalsMatchEntries()).toHaveLength(1)
  })

  it('or the entry is not saved either: a failure rolls back both', async () => {
    await cell('2026-09-14', 'bucket:coaching', 2)
    vi.spyOn(db.dayTotals, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    await expect(cell('2026-09-14', 'bucket:coaching', 3)).rejects.toThrow(/quota/)
    await expect(cell('2026-09-15', 'bucket:learning', 1)).rejects.toThrow(/quota/)
    vi.restoreAllMocks()
    expect((await db.timeEntries.toArray()).map((e) => [e.date, e.hours])).toEqual([['2026-09-14', 2]])
    await expectTotalsMatchEntries()
  })
})

describe('day totals after a restore', () => {
  const file = () => {
    const read = readBackupText(backupText(sampleData()))
    if (read.kind !== 'backup') throw new Error('fixture is not a plain backup')
    return read.backup
  }

  it('are worked out from the restored entries when replacing', async () => {
    await cell('2026-09-14', 'bucket:coaching', 2)
    await restoreBackup(file(), 'replace')
    const totals = await expectTotalsMatchEntries()
    expect(totals.length).toBeGreaterThan(0)
    expect(totals.some((t) => t.schoolId === ctx.lincoln.id)).toBe(false)
  })

  it('cover the entries kept and the entries added when merging', async () => {
    await cell('2026-09-14', 'bucket:coaching', 2)
    await restoreBackup(file(), 'merge')
    const totals = await expectTotalsMatchEntries()
    expect(totals.some((t) => t.schoolId === ctx.lincoln.id)).toBe(true)
    expect(totals.some((t) => t.schoolId !== ctx.lincoln.id && t.schoolId !== ctx.washington!.id)).toBe(true)
  })
})

describe('readDayTotals', () => {
  it('reads one school or every school between two dates, both included', async () => {
    await cell('2026-09-14', 'bucket:coaching', 2)
    await cell('2026-09-18', 'bucket:coaching', 1)
    await cell('2026-09-21', 'bucket:coaching', 1)
    await cell('2026-09-15', 'bucket:other', 1, ctx.washington!.id)
    expect((await readDayTotals(ctx.lincoln.id, '2026-09-14', '2026-09-18')).map((t) => t.date)).toEqual(['2026-09-14', '2026-09-18'])
    expect((await readDayTotals(null, '2026-09-14', '2026-09-18')).map((t) => t.date)).toEqual(['2026-09-14', '2026-09-15', '2026-09-18'])
    expect(await readDayTotals(null, '2026-09-18', '2026-09-14')).toEqual([])
    expect(await readLoggedTime(ctx.washington!.id, '2026-08-17', '2027-06-11')).toEqual([
      { schoolId: ctx.washington!.id, date: '2026-09-15', taskId: null, bucket: 'other', hours: 1 },
    ])
  })
})

describe('the rule that keeps the totals right', () => {
  // Source of every module that can write: a new write to the entries must refresh the totals.
  const sources = import.meta.glob<string>('/src/**/*.{ts,vue}', { eager: true, query: '?raw', import: 'default' })

  it('every module that writes time entries also refreshes the day totals', () => {
    const writes =
      /timeEntries\s*\.\s*(put|add|bulkAdd|bulkPut|delete|bulkDelete|clear|update|modify)\s*\(|timeEntries[^;\n]*\.\s*(delete|modify)\s*\(/
    const writers = Object.entries(sources)
      .filter(([, text]) => writes.test(text))
      .map(([path]) => path)
    expect(writers.sort()).toEqual(['/src/db/repository.ts', '/src/db/timeLog.ts'])
    for (const path of writers) expect(sources[path], path).toMatch(/refreshDayTotals\(/)
    // Restore writes every table through one generic path, then rebuilds the totals.
    expect(sources['/src/db/backup.ts']).toMatch(/rebuildDayTotals\(database\)/)
  })
})
