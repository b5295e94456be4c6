/**
 * Backup and restore against the real database. Reading a file and planning what it changes
 * happen in `@/domain/backup`; this module only dumps tables and writes a plan, always inside one
 * transaction over every table, so a restore either completes or changes nothing at all.
 */
import { format } from 'date-fns'
import type { Table } from 'dexie'
import { version as APP_VERSION } from '../../package.json'
import {
  BACKUP_FORMAT,
  CURRENT_FORMAT_VERSION,
  TABLE_NAMES,
  checkSize,
  encryptBackup,
  planRestore,
  readBackupText,
  sealBackup,
  totalRecords,
  type BackupData,
  type BackupFile,
  type ReadResult,
  type RestoreMode,
  type RestorePlan,
  type TableName,
} from '@/domain/backup'
import { withoutSample } from '@/domain/backup/withoutSample'
import { settingsSchema, SETTINGS_ID } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db as defaultDb, type CoachDatabase } from './database'
import { rebuildDayTotals } from './dayTotals'
import { reconcileStoredSessionHours } from './reconcileSessions'

export { APP_VERSION }

/** Records written per bulk call; progress is reported after each chunk. */
export const RESTORE_CHUNK = 500

/** The table as the repository uses it (a named property of the database). */
function tableOf(database: CoachDatabase, name: TableName): Table {
  return (database as unknown as Record<TableName, Table>)[name]
}

function tablesOf(database: CoachDatabase): Table[] {
  return TABLE_NAMES.map((t) => tableOf(database, t))
}

async function readAll(database: CoachDatabase): Promise<BackupData> {
  const lists = await Promise.all(TABLE_NAMES.map((t) => tableOf(database, t).toArray()))
  return Object.fromEntries(TABLE_NAMES.map((t, i) => [t, lists[i]])) as unknown as BackupData
}

/** Every record of every table, read in one consistent snapshot. */
export async function dumpDatabase(database: CoachDatabase = defaultDb): Promise<BackupData> {
  return database.transaction('r', tablesOf(database), () => readAll(database))
}

export function backupFileName(now: Date, encrypted: boolean): string {
  return `coach-role-planner-backup-${format(now, 'yyyy-MM-dd')}${encrypted ? '-protected' : ''}.json`
}

export interface CreatedBackup {
  fileName: string
  text: string
  records: number
}

/**
 * Writes the backup file's text. `lastBackupAt` is stamped in the same transaction as the
 * snapshot, so the file holds exactly what the database holds afterwards, less the sample school
 * (see `withoutSample`).
 */
export async function createBackup(
  options: { passphrase?: string; now?: Date; iterations?: number } = {},
  database: CoachDatabase = defaultDb,
): Promise<CreatedBackup> {
  const now = options.now ?? new Date()
  const data = await database.transaction('rw', tablesOf(database), async () => {
    const settings = await database.settings.get(SETTINGS_ID)
    if (!settings) throw new Error('Finish the first-run setup before making a backup.')
    await database.settings.put(
      validate(settingsSchema, 'settings', { ...settings, lastBackupAt: now.getTime(), updatedAt: now.getTime() }),
    )
    return withoutSample(await readAll(database))
  })
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: now.toISOString(),
    data,
  }
  const plain = JSON.stringify(file, null, 1)
  const text = options.passphrase
    ? JSON.stringify(
        await encryptBackup(plain, options.passphrase, { appVersion: APP_VERSION, exportedAt: file.exportedAt }, options.iterations),
        null,
        1,
      )
    : plain
  return { fileName: backupFileName(now, Boolean(options.passphrase)), text, records: totalRecords(data) }
}

/**
 * Reads a chosen file; the size is checked before a byte is read. A plain backup comes back
 * sealed: every signed version checked against its fingerprint (see `sealBackup`).
 */
export async function readBackupFile(file: Blob): Promise<ReadResult> {
  checkSize(file.size)
  const read = readBackupText(await file.text())
  return read.kind === 'backup' ? { ...read, backup: await sealBackup(read.backup) } : read
}

/** What restoring would change, computed from the database as it is now. */
export async function previewRestore(backup: BackupFile, mode: RestoreMode, database: CoachDatabase = defaultDb): Promise<RestorePlan> {
  const sealed = await sealBackup(backup)
  return planRestore(await dumpDatabase(database), sealed.data, mode)
}

export interface RestoreProgress {
  done: number
  total: number
}

/**
 * Restores a checked backup. The plan is worked out again inside the transaction, so changes made
 * in another tab since the preview are taken into account; if anything fails (a conflict, a full
 * disk) the transaction is aborted and the database is exactly as it was.
 */
export async function restoreBackup(
  backup: BackupFile,
  mode: RestoreMode,
  options: { onProgress?: (p: RestoreProgress) => void } = {},
  database: CoachDatabase = defaultDb,
): Promise<RestorePlan> {
  // Before the transaction (Web Crypto cannot run inside one): a signed version that does not
  // match its fingerprint refuses the whole file, and nothing is written.
  const sealed = await sealBackup(backup)
  return database.transaction('rw', [...tablesOf(database), database.dayTotals], async () => {
    const plan = planRestore(await readAll(database), sealed.data, mode)
    const total = TABLE_NAMES.reduce((n, t) => n + plan.puts[t].length + plan.deletes[t].length, 0)
    let done = 0
    const report = () => options.onProgress?.({ done, total })
    report()
    for (const t of TABLE_NAMES) {
      const table = tableOf(database, t)
      if (mode === 'replace') await table.clear()
      else if (plan.deletes[t].length) {
        await table.bulkDelete(plan.deletes[t])
        done += plan.deletes[t].length
        report()
      }
    }
    for (const t of TABLE_NAMES) {
      const rows = plan.puts[t] as unknown[]
      const table = tableOf(database, t)
      for (let i = 0; i < rows.length; i += RESTORE_CHUNK) {
        const chunk = rows.slice(i, i + RESTORE_CHUNK)
        await (mode === 'replace' ? table.bulkAdd(chunk) : table.bulkPut(chunk))
        done += chunk.length
        report()
      }
    }
    // Session hours in the grid follow the sessions now held; then the day totals (not in the
    // file) are worked out again from the entries.
    await reconcileStoredSessionHours(database)
    await rebuildDayTotals(database)
    return plan
  })
}
