import { z } from 'zod'
import { TABLE_NAMES, TABLE_SCHEMAS, type BackupData, type TableName } from './tables'

/** Marks a file as ours; "another app's JSON" lacks it. */
export const BACKUP_FORMAT = 'coach-role-planner-backup'
/** The format this version of the app writes. Older formats are upgraded on the way in. */
export const CURRENT_FORMAT_VERSION = 1

const exportedAtSchema = z.iso.datetime({ offset: true, message: 'The export time must be a date and time (ISO 8601, e.g. 2026-11-25T19:30:00.000Z).' })

/**
 * Format 1: the header and, under `data`, one list per table whose records are checked
 * with the live record schemas of `schemas.ts`. Settings are a list of exactly one record (the
 * single row of the settings table) so every table has the same shape in the file.
 */
const dataV1Shape = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, t === 'settings'
    ? z.array(TABLE_SCHEMAS.settings, 'Each kind of record must be a list.').length(1, 'The settings list must hold exactly one record.')
    : z.array(TABLE_SCHEMAS[t] as z.ZodType, 'Each kind of record must be a list.')]),
) as { [T in TableName]: z.ZodArray<(typeof TABLE_SCHEMAS)[T]> }

export const backupFileV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string('The app version must name the version of the app that wrote the file.').max(40, 'The app version is too long (40 characters at most).'),
  exportedAt: exportedAtSchema,
  data: z.strictObject(dataV1Shape, 'The data must hold one list per kind of record.'),
})

export type BackupFileV1 = z.infer<typeof backupFileV1Schema>
/** The current format: what restore works with after any upgrade. */
export const backupFileSchema = backupFileV1Schema
export type BackupFile = BackupFileV1 & { data: BackupData }

/** One step of the upgrade chain: turns a valid file of format `from` into format `from + 1`. */
export interface FormatUpgrade {
  from: number
  /** The frozen schema of format `from`; the file is checked against it before upgrading. */
  schema: z.ZodType
  upgrade(file: unknown): unknown
}

/**
 * Upgrades from older formats, oldest first. Format 1 is the first published format, so the
 * chain is empty today; `upgradeFormat` and its tests run any chain given to them.
 * To add format N+1: copy the current format's schema into a frozen `formatN` schema that no
 * longer follows schemas.ts, add `{ from: N, schema: formatN, upgrade }` here, bump
 * CURRENT_FORMAT_VERSION and point backupFileSchema at the new shape.
 */
export const FORMAT_UPGRADES: FormatUpgrade[] = []
