import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/database'
import { readDayTotals, readLoggedTime } from '@/db/dayTotals'
import { restoreBackup } from '@/db/backup'
import { addSampleSchool, removeSampleSchool } from '@/db/sampleSchool'
import { copyWeek, fillWeek, setCellHours, TimeLogError } from '@/db/timeLog'
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

  it('when a week is filled from the plan, and when its cells are cleared again', async () => {
    await fillWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', [
      { rowKey: 'bucket:coaching', date: '2026-09-14', hours: 2 },
      { rowKey: 'bucket:learning', date: '2026-09-15', hours: 1 },
    ])
    expect((await expectTotalsMatchEntries()).map((t) => t.date)).toEqual(['2026-09-14', '2026-09-15'])
    await cell('2026-09-14', 'bucket:coaching', 0)
    await cell('2026-09-15', 'bucket:learning', 0)
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
  // The tables each read-write transaction changed, as Dexie's middleware sees every write call,
  // whichever module makes it.
  const transactions: Set<string>[] = []
  const changedBy = new WeakMap<object, Set<string>>()
  beforeAll(async () => {
    db.use({
      stack: 'dbcore',
      name: 'tablesChanged',
      create: (down) => ({
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options)
          if (mode === 'readwrite') {
            const tables = new Set<string>()
            changedBy.set(tx, tables)
            transactions.push(tables)
          }
          return tx
        },
        table(name) {
          const table = down.table(name)
          return {
            ...table,
            mutate(req) {
              changedBy.get(req.trans)?.add(name)
              return table.mutate(req)
            },
          }
        },
      }),
    })
    await resetDatabase() // Dexie builds its middleware stack when the database opens
  })

  /** Runs `write` and returns the transactions it made that changed time entries. */
  async function entryWritesOf(write: () => Promise<unknown>): Promise<Set<string>[]> {
    const before = transactions.length
    await write()
    return transactions.slice(before).filter((t) => t.has('timeEntries'))
  }

  // Every function that writes time entries, exercised; each write must change the totals in the
  // same transaction. A new writer is found below by its calls and must be added here.
  const WRITERS: Record<string, () => Promise<unknown>> = {
    setCellHours: async () => {
      await cell('2026-09-14', 'bucket:coaching', 2)
      await cell('2026-09-14', 'bucket:coaching', 3)
      await cell('2026-09-14', 'bucket:coaching', 0)
      await cell('2026-09-15', 'bucket:learning', 1)
    },
    copyWeek: () => copyWeek(ctx.lincoln.id, ctx.year.id, '2026-09-14', '2026-09-21'),
    fillWeek: () => fillWeek(ctx.lincoln.id, ctx.year.id, '2026-09-28', [{ rowKey: 'bucket:coaching', date: '2026-09-28', hours: 2 }]),
    addSampleSchool: () => addSampleSchool({ today: '2026-12-03' }),
    removeSampleSchool: async () => {
      const sample = (await db.schools.toArray()).find((s) => s.sample)
      if (!sample) throw new Error('no sample school to remove')
      await removeSampleSchool(sample.id)
    },
    restoreBackup: async () => {
      const read = readBackupText(backupText(sampleData()))
      if (read.kind !== 'backup') throw new Error('fixture is not a plain backup')
      await restoreBackup(read.backup, 'replace')
      await restoreBackup(read.backup, 'merge')
    },
  }

  it('every write to the time entries refreshes the day totals in the same transaction', async () => {
    for (const [writer, write] of Object.entries(WRITERS)) {
      const writes = await entryWritesOf(write)
      expect(writes.length, `${writer} wrote no time entries`).toBeGreaterThan(0)
      for (const tables of writes) expect([...tables], `${writer} changed the entries without the totals`).toContain('dayTotals')
      await expectTotalsMatchEntries()
    }
  })

  it('the writers exercised above are every function in src/db that calls a write on the time entries', () => {
    const MUTATORS = new Set(['put', 'add', 'bulkAdd', 'bulkPut', 'delete', 'bulkDelete', 'clear', 'update', 'modify'])
    const files = Object.keys(import.meta.glob('/src/db/**/*.ts'))
    const callers = new Set<string>()
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(`.${file}`, 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node, fn: string | undefined): void => {
        const name = ts.isFunctionDeclaration(node) && node.name ? node.name.text : fn
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATORS.has(node.expression.name.text)) {
          if (/\btimeEntries\b/.test(node.expression.expression.getText(source))) callers.add(`${file}:${name ?? '(top level)'}`)
        }
        ts.forEachChild(node, (child) => visit(child, name))
      }
      visit(source, undefined)
    }
    // Restore writes every table through one generic path (no `timeEntries` in its calls); the
    // middleware check above covers it.
    // Cycle sessions (cycleSessions.spec.ts) and the restore reconcile (backupSessions.spec.ts)
    // check the day totals in their own tests.
    expect([...callers].sort()).toEqual([
      '/src/db/cycleSessions.ts:refreshCell',
      '/src/db/reconcileSessions.ts:reconcileStoredSessionHours',
      '/src/db/sampleSchool.ts:addSampleSchool',
      '/src/db/sampleSchool.ts:removeSampleSchool',
      '/src/db/timeLog.ts:copyWeek',
      '/src/db/timeLog.ts:fillWeek',
      '/src/db/timeLog.ts:keepSessionPartOnly',
      '/src/db/timeLog.ts:setCellHours',
    ])
  })
})
