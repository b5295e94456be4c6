import { differenceInCalendarDays } from 'date-fns'

/** After this many days without a backup the app reminds the coach. */
export const BACKUP_REMINDER_DAYS = 28

export interface BackupReminder {
  due: boolean
  daysSince: number | null
}

/**
 * Whether to remind the coach to back up. Without any backup yet, the clock starts when the
 * app was set up, so a new user is not nagged on day one but is reminded within four weeks.
 */
export function backupReminder(settings: { lastBackupAt: number | null; createdAt: number }, now = Date.now()): BackupReminder {
  const since = settings.lastBackupAt ?? settings.createdAt
  const days = differenceInCalendarDays(now, since)
  return { due: days >= BACKUP_REMINDER_DAYS, daysSince: settings.lastBackupAt === null ? null : days }
}
