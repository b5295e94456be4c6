import { describe, expect, it } from 'vitest'
import { backupReminder, BACKUP_REMINDER_DAYS } from '@/domain/backup/reminder'

const day = 86_400_000
const now = Date.UTC(2026, 10, 25, 12)

describe('the backup reminder', () => {
  it('is due when the last backup is four weeks old or more', () => {
    expect(BACKUP_REMINDER_DAYS).toBe(28)
    expect(backupReminder({ lastBackupAt: now - 27 * day, createdAt: 0 }, now)).toEqual({ due: false, daysSince: 27 })
    expect(backupReminder({ lastBackupAt: now - 28 * day, createdAt: 0 }, now)).toEqual({ due: true, daysSince: 28 })
  })

  it('counts from setup when there has never been a backup', () => {
    expect(backupReminder({ lastBackupAt: null, createdAt: now - 3 * day }, now)).toEqual({ due: false, daysSince: null })
    expect(backupReminder({ lastBackupAt: null, createdAt: now - 40 * day }, now)).toEqual({ due: true, daysSince: null })
  })
})
