import { beforeEach, describe, expect, it } from 'vitest'
import { restoreBackup } from '@/db/backup'
import { db } from '@/db/database'
import { readBackupText } from '@/domain/backup'
import { backupText, sampleData } from '../support/backupData'
import { resetDatabase } from '../support/database'

describe('restore and cycle-session hours', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('recomputes each entry’s session part from the restored sessions, keeping typed hours', async () => {
    const data = sampleData()
    const entry = data.timeEntries[0]!
    const cycle = data.cycles[0]!
    const session = (id: string, date: string, minutes: number, rowKey: string) => ({
      id,
      cycleId: cycle.id,
      schoolId: entry.schoolId,
      schoolYearId: cycle.schoolYearId,
      date,
      minutes,
      kind: 'meeting' as const,
      rowKey,
      note: '',
      createdAt: 1,
      updatedAt: 1,
    })
    data.cycles[0] = { ...cycle, schoolId: entry.schoolId }
    data.cycleSessions = [session('s1', entry.date, 90, entry.rowKey), session('s2', '2026-09-02', 30, 'bucket:coaching')]
    const read = readBackupText(backupText(data))
    if (read.kind !== 'backup') throw new Error('expected a plain backup')
    await restoreBackup(read.backup, 'replace')

    expect(await db.timeEntries.get(entry.id)).toMatchObject({ hours: entry.hours + 1.5, sessionHours: 1.5 })
    const created = await db.timeEntries.where('[schoolId+date+rowKey]').equals([entry.schoolId, '2026-09-02', 'bucket:coaching']).first()
    expect(created).toMatchObject({ hours: 0.5, sessionHours: 0.5, bucket: 'coaching', taskId: null })
    const total = await db.dayTotals.get([entry.schoolId, entry.date])
    expect(total?.rows.reduce((h, r) => h + r.hours, 0)).toBeGreaterThanOrEqual(entry.hours + 1.5)
  })
})
