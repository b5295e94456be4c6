import fixture from '../fixtures/db-v1.json'
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, type BackupData } from '@/domain/backup'
import type { CoachDatabase } from '@/db/database'

/** The realistic data of the v1 fixture, as a fresh copy each time. */
export function sampleData(): BackupData {
  return structuredClone(fixture.tables) as unknown as BackupData
}

/** A complete, valid backup file object around `data`. */
export function backupObject(data: BackupData = sampleData()) {
  return { format: BACKUP_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, appVersion: '0.1.0', exportedAt: '2026-11-25T19:30:00.000Z', data }
}

export function backupText(data: BackupData = sampleData()): string {
  return JSON.stringify(backupObject(data))
}

/** Empties every table: a fresh database for each test. */
export async function resetDatabase(database: CoachDatabase): Promise<void> {
  await database.open()
  await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((t) => t.clear())))
}

export async function loadData(database: CoachDatabase, data: BackupData): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await database.table(table).bulkAdd(rows as unknown[])
  })
}
