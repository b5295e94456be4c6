import { beforeEach, describe, expect, it } from 'vitest'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { readSessionRows } from '@/db/sessionRowQueries'
import { setCellHours } from '@/db/timeLog'
import { freshSetup } from './support'

let ids: { schoolId: string; schoolYearId: string }

beforeEach(async () => {
  ids = await freshSetup()
  await ensureCatalog()
})

describe('the rows a session can land on', () => {
  it('are the coaching-task rows of that week’s sheet, then the coaching bucket row', async () => {
    const task = await db.tasks.get('cat-coaching-observing-feedback')
    expect(task).toBeDefined()
    expect(await readSessionRows({ ...ids, date: '2026-09-14' })).toEqual([{ rowKey: 'bucket:coaching', title: 'Coaching (no task)' }])
    await setCellHours({ ...ids, date: '2026-09-15', rowKey: 'cat-coaching-observing-feedback', hours: 1 })
    await setCellHours({ ...ids, date: '2026-09-15', rowKey: 'bucket:other', hours: 1 })
    expect(await readSessionRows({ ...ids, date: '2026-09-14' })).toEqual([
      { rowKey: 'cat-coaching-observing-feedback', title: task!.title },
      { rowKey: 'bucket:coaching', title: 'Coaching (no task)' },
    ])
    // Another week's sheet does not show that row.
    expect(await readSessionRows({ ...ids, date: '2026-09-28' })).toEqual([{ rowKey: 'bucket:coaching', title: 'Coaching (no task)' }])
  })

  it('include the coaching rows the coach added to the school’s sheet', async () => {
    await db.schools.update(ids.schoolId, { timesheetRows: ['cat-coaching-modelling'] })
    const rows = await readSessionRows({ ...ids, date: '2026-09-14' })
    expect(rows.map((r) => r.rowKey)).toEqual(['cat-coaching-modelling', 'bucket:coaching'])
  })
})
