import { z } from '../zod'
import { withSnapshot, type AllRecords } from '../agreementSnapshot'
import { agreementV1Schema, type Agreement } from '../schemas'
import { FORMAT_2_TABLES, FORMAT_3_TABLES, TABLE_NAMES, TABLE_SCHEMAS, type BackupData, type TableName } from './tables'

/** Marks a file as ours; "another app's JSON" lacks it. */
export const BACKUP_FORMAT = 'coach-role-planner-backup'
/** The format this version of the app writes. Older formats are upgraded on the way in. */
export const CURRENT_FORMAT_VERSION = 4

const exportedAtSchema = z.iso.datetime({
  offset: true,
  message: 'The export time must be a date and time (ISO 8601, e.g. 2026-11-25T19:30:00.000Z).',
})

/**
 * The data of a file in the current format: the header and, under `data`, one list per table
 * whose records are checked with the live record schemas of `schemas.ts`. Settings are a list of
 * exactly one record (the single row of the settings table) so every table has the same shape.
 */
const dataShape = (schemas: Record<TableName, z.ZodType>, tables: readonly TableName[] = TABLE_NAMES) =>
  Object.fromEntries(
    tables.map((t) => [
      t,
      t === 'settings'
        ? z.array(schemas.settings, 'Each kind of record must be a list.').length(1, 'The settings list must hold exactly one record.')
        : z.array(schemas[t], 'Each kind of record must be a list.'),
    ]),
  ) as { [T in TableName]: z.ZodArray<(typeof TABLE_SCHEMAS)[T]> }

const header = {
  format: z.literal(BACKUP_FORMAT),
  appVersion: z
    .string('The app version must name the version of the app that wrote the file.')
    .max(40, 'The app version is too long (40 characters at most).'),
  exportedAt: exportedAtSchema,
}

/**
 * Format 1 (frozen): agreement versions carry no snapshot and no fingerprint; everything else
 * reads as in format 2.
 */
export const backupFileV1Schema = z.object({
  ...header,
  formatVersion: z.literal(1),
  data: z.strictObject(
    { ...dataShape(TABLE_SCHEMAS, FORMAT_2_TABLES), agreements: z.array(agreementV1Schema, 'Each kind of record must be a list.') },
    'The data must hold one list per kind of record.',
  ),
})
export type BackupFileV1 = z.infer<typeof backupFileV1Schema>

/** Format 2 (frozen): each signed agreement version carries its snapshot and the snapshot's fingerprint. */
export const backupFileV2Schema = z.object({
  ...header,
  formatVersion: z.literal(2),
  data: z.strictObject(dataShape(TABLE_SCHEMAS, FORMAT_2_TABLES), 'The data must hold one list per kind of record.'),
})

/** Format 3 (frozen): adds coaching cycles, their sessions, the playbook and the support reviews. */
export const backupFileV3Schema = z.object({
  ...header,
  formatVersion: z.literal(3),
  data: z.strictObject(dataShape(TABLE_SCHEMAS, FORMAT_3_TABLES), 'The data must hold one list per kind of record.'),
})

/** Format 4: adds the 360° evaluation's rounds, responses and the coach's wrapped key. */
export const backupFileV4Schema = z.object({
  ...header,
  formatVersion: z.literal(4),
  data: z.strictObject(dataShape(TABLE_SCHEMAS), 'The data must hold one list per kind of record.'),
})

/** The current format: what restore works with after any upgrade. */
export const backupFileSchema = backupFileV4Schema
export type BackupFile = z.infer<typeof backupFileV4Schema> & { data: BackupData }

/** One step of the upgrade chain: turns a valid file of format `from` into format `from + 1`. */
export interface FormatUpgrade {
  from: number
  /** The frozen schema of format `from`; the file is checked against it before upgrading. */
  schema: z.ZodType
  upgrade(file: unknown): unknown
}

/**
 * Format 1 to 2: each signed version gets the snapshot the file's own records give (tasks,
 * decisions, school and year as the file holds them), the closest to what was signed that is
 * left. Its fingerprint is worked out on the way in (`sealBackup`), since Web Crypto is async.
 */
function snapshotSignedVersions(file: unknown): unknown {
  const f = file as BackupFileV1
  const all = f.data as unknown as AllRecords
  return { ...f, formatVersion: 2, data: { ...f.data, agreements: f.data.agreements.map((a) => withSnapshot(a as Agreement, all)) } }
}

/**
 * Upgrades from older formats, oldest first. To add format N+1: copy the current format's schema
 * into a frozen `formatN` schema that no longer follows schemas.ts, add `{ from: N, schema:
 * formatN, upgrade }` here, bump CURRENT_FORMAT_VERSION and point backupFileSchema at the new shape.
 */
/** Format 2 to 3: a file from before coaching cycles holds none. */
function addCycleTables(file: unknown): unknown {
  const f = file as z.infer<typeof backupFileV2Schema>
  return { ...f, formatVersion: 3, data: { ...f.data, cycles: [], cycleSessions: [], playbook: [], supportReviews: [] } }
}

/** Format 3 to 4: a file from before the 360° evaluation holds no rounds, answers or coach key. */
function addEvaluationTables(file: unknown): unknown {
  const f = file as z.infer<typeof backupFileV3Schema>
  return { ...f, formatVersion: 4, data: { ...f.data, evaluationRounds: [], evaluationResponses: [], coachKeys: [] } }
}

export const FORMAT_UPGRADES: FormatUpgrade[] = [
  { from: 1, schema: backupFileV1Schema, upgrade: snapshotSignedVersions },
  { from: 2, schema: backupFileV2Schema, upgrade: addCycleTables },
  { from: 3, schema: backupFileV3Schema, upgrade: addEvaluationTables },
]
