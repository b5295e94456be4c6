import { createHash } from 'node:crypto'
import fixture from '../fixtures/db-v1.json'
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, type BackupData } from '@/domain/backup'
import { canonicalJson, withSnapshot, type AllRecords } from '@/domain/agreementSnapshot'
import type { Agreement } from '@/domain/schemas'
import type { CoachDatabase } from '@/db/database'
import { rebuildDayTotals } from '@/db/dayTotals'

/**
 * The realistic data of the v1 fixture, as a fresh copy each time, in today's shape: the signed
 * version carries its snapshot and fingerprint (worked out here with Node's SHA-256, the same
 * digest Web Crypto gives, so the helper can stay synchronous).
 */
export function sampleData(): BackupData {
  const data = structuredClone(fixture.tables) as unknown as BackupData
  data.agreements = data.agreements.map((a) => sealed(a, data as unknown as AllRecords))
  return data
}

/** The fixture's tables exactly as format 1 held them: signed versions without a snapshot. */
export function sampleDataV1(): BackupData {
  return structuredClone(fixture.tables) as unknown as BackupData
}

function sealed(a: Agreement, all: AllRecords): Agreement {
  const withOne = withSnapshot(a, all)
  return withOne.snapshot
    ? { ...withOne, fingerprint: createHash('sha256').update(canonicalJson(withOne.snapshot)).digest('hex') }
    : withOne
}

/** A small but complete slice of the sample: one of everything, references intact. Fast to check many times. */
export function smallData(): BackupData {
  const all = sampleData()
  const tasks = [all.tasks[0]!, all.tasks[4]!, all.tasks[6]!]
  const taskIds = new Set(tasks.map((t) => t.id))
  const school = all.schools[0]!
  const agreement = all.agreements[0]!
  return {
    schools: [school],
    schoolYears: [all.schoolYears[0]!],
    tasks,
    agreements: [agreement],
    decisions: all.decisions.filter((d) => d.agreementId === agreement.id && taskIds.has(d.taskId)),
    timeEntries: all.timeEntries.filter((e) => e.schoolId === school.id && (e.taskId === null || taskIds.has(e.taskId))).slice(0, 5),
    weekNotes: [all.weekNotes[0]!],
    settings: all.settings,
  }
}

/** A complete, valid backup file object around `data`. */
export function backupObject(data: BackupData = sampleData()) {
  return { format: BACKUP_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, appVersion: '0.1.0', exportedAt: '2026-11-25T19:30:00.000Z', data }
}

export function backupText(data: BackupData = sampleData()): string {
  return JSON.stringify(backupObject(data))
}

export async function loadData(database: CoachDatabase, data: BackupData): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await database.table(table).bulkAdd(rows as unknown[])
    await rebuildDayTotals(database)
  })
}
