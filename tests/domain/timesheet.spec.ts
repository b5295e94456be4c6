import { describe, expect, it } from 'vitest'
import type { Task } from '@/domain/schemas'
import { agreementInForce, bucketOfRowKey, bucketRowKey, timesheetRows } from '@/domain/timesheet'
import { wontDoTaskIds } from '@/domain/wontDo'

const task = (id: string, bucket: Task['bucket'], sortOrder: number, title = id): Task => ({
  id,
  title,
  description: '',
  bucket,
  origin: 'catalog',
  archived: false,
  sortOrder,
  createdAt: 0,
  updatedAt: 0,
})
const tasks = [
  task('walk', 'other', 5, 'Walk-throughs'),
  task('cycles', 'coaching', 2, 'Coaching cycles'),
  task('model', 'coaching', 1, 'Model lessons'),
  task('book', 'learning', 3, 'Book study'),
  task('lunch', 'other', 4, 'Lunch duty'),
  task('plc', 'other', 6, 'Leading PLCs'),
]

describe('row keys', () => {
  it('round-trips bucket rows and rejects anything else', () => {
    expect(bucketRowKey('learning')).toBe('bucket:learning')
    expect(bucketOfRowKey('bucket:other')).toBe('other')
    expect(bucketOfRowKey('bucket:lunch')).toBeNull()
    expect(bucketOfRowKey('cycles')).toBeNull()
  })
})

describe('agreementInForce', () => {
  it('is the latest signed version, else the latest draft, else none', () => {
    expect(
      agreementInForce([
        { version: 1, status: 'signed' as const },
        { version: 2, status: 'draft' as const },
      ])?.version,
    ).toBe(1)
    expect(
      agreementInForce([
        { version: 1, status: 'signed' as const },
        { version: 3, status: 'signed' as const },
        { version: 2, status: 'signed' as const },
      ])?.version,
    ).toBe(3)
    expect(
      agreementInForce([
        { version: 1, status: 'draft' as const },
        { version: 2, status: 'draft' as const },
      ])?.version,
    ).toBe(2)
    expect(agreementInForce([])).toBeNull()
  })
})

describe('timesheetRows', () => {
  const decisions = [
    { taskId: 'cycles', choice: 'will' as const },
    { taskId: 'model', choice: 'will' as const },
    { taskId: 'book', choice: 'will' as const },
    { taskId: 'lunch', choice: 'wont' as const },
    { taskId: 'plc', choice: 'discuss' as const },
  ]

  it('lists the will-do tasks grouped by bucket in catalog order', () => {
    const rows = timesheetRows({ tasks, decisions, addedRowKeys: [], loggedRowKeys: [], includeBucketRows: false })
    expect(rows.map((r) => r.rowKey)).toEqual(['model', 'cycles', 'book'])
    expect(rows.every((r) => r.source === 'agreement' && !r.wontDo)).toBe(true)
  })

  it('adds rows with time logged and rows the coach added; won’t-do rows are marked', () => {
    const rows = timesheetRows({
      tasks,
      decisions,
      addedRowKeys: ['bucket:coaching', 'walk'],
      loggedRowKeys: ['lunch', 'cycles'],
      includeBucketRows: false,
    })
    expect(rows.map((r) => r.rowKey)).toEqual(['model', 'cycles', 'bucket:coaching', 'book', 'lunch', 'walk'])
    expect(rows.find((r) => r.rowKey === 'lunch')).toMatchObject({ wontDo: true, source: 'logged', bucket: 'other' })
    expect(rows.find((r) => r.rowKey === 'bucket:coaching')).toMatchObject({ taskId: null, title: 'Coaching, no specific task' })
  })

  it('with no agreement shows the three bucket rows, and drops rows of unknown tasks', () => {
    const rows = timesheetRows({ tasks: [], decisions: [], addedRowKeys: ['gone'], loggedRowKeys: [], includeBucketRows: true })
    expect(rows.map((r) => r.rowKey)).toEqual(['bucket:coaching', 'bucket:learning', 'bucket:other'])
  })

  it('wontDoTaskIds picks the won’t-do decisions', () => {
    expect([...wontDoTaskIds(decisions)]).toEqual(['lunch'])
  })
})
