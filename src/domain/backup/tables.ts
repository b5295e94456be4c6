import type { z } from 'zod'
import {
  agreementSchema,
  decisionSchema,
  schoolSchema,
  schoolYearSchema,
  settingsSchema,
  taskSchema,
  timeEntrySchema,
  weekNoteSchema,
} from '../schemas'
import { coachingCycleSchema, cycleSessionSchema, playbookStrategySchema, supportReviewSchema } from '../schemas/cycle'
import { coachKeySchema, evaluationResponseSchema, evaluationRoundSchema } from '../schemas/evaluation'

/**
 * Every table of the database with the schema of its records. Backup, restore and merge are
 * written against this map only, so a change to a record schema in `schemas.ts` is picked up
 * here without a second copy of the shape. A test checks this list against the Dexie tables.
 */
export const TABLE_SCHEMAS = {
  schools: schoolSchema,
  schoolYears: schoolYearSchema,
  tasks: taskSchema,
  agreements: agreementSchema,
  decisions: decisionSchema,
  timeEntries: timeEntrySchema,
  weekNotes: weekNoteSchema,
  settings: settingsSchema,
  cycles: coachingCycleSchema,
  cycleSessions: cycleSessionSchema,
  playbook: playbookStrategySchema,
  supportReviews: supportReviewSchema,
  evaluationRounds: evaluationRoundSchema,
  evaluationResponses: evaluationResponseSchema,
  coachKeys: coachKeySchema,
} as const

/** The tables of backup format 3, before the 360° evaluation (format 4 added its three). */
export const FORMAT_3_TABLES = [
  'schools',
  'schoolYears',
  'tasks',
  'agreements',
  'decisions',
  'timeEntries',
  'weekNotes',
  'settings',
  'cycles',
  'cycleSessions',
  'playbook',
  'supportReviews',
] as const

/** The tables of backup format 2, before coaching cycles (format 3 added the rest). */
export const FORMAT_2_TABLES = [
  'schools',
  'schoolYears',
  'tasks',
  'agreements',
  'decisions',
  'timeEntries',
  'weekNotes',
  'settings',
] as const

export type TableName = keyof typeof TABLE_SCHEMAS
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[]

export type RecordOf<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>
export type AnyRecord = RecordOf<TableName>

/** The complete contents of the database: every record of every table. */
export type BackupData = { [T in TableName]: RecordOf<T>[] }

/** How one record is named in messages: "time entry 3". */
export const RECORD_LABELS: Record<TableName, { one: string; many: string }> = {
  schools: { one: 'school', many: 'Schools' },
  schoolYears: { one: 'school year', many: 'School years' },
  tasks: { one: 'task', many: 'Tasks' },
  agreements: { one: 'agreement version', many: 'Agreement versions' },
  decisions: { one: 'task decision', many: 'Task decisions' },
  timeEntries: { one: 'time entry', many: 'Time entries' },
  weekNotes: { one: 'week note', many: 'Week notes' },
  settings: { one: 'settings record', many: 'Settings' },
  cycles: { one: 'coaching cycle', many: 'Coaching cycles' },
  cycleSessions: { one: 'cycle session', many: 'Cycle sessions' },
  playbook: { one: 'playbook strategy', many: 'Playbook strategies' },
  supportReviews: { one: 'support review', many: 'Support reviews' },
  evaluationRounds: { one: 'evaluation round', many: 'Evaluation rounds' },
  evaluationResponses: { one: 'evaluation response', many: 'Evaluation responses' },
  coachKeys: { one: 'coach key', many: 'Coach keys' },
}

/** A field that points at a record of another table. */
export interface Reference {
  table: TableName
  field: string
  target: TableName
}

export const REFERENCES: Reference[] = [
  { table: 'agreements', field: 'schoolId', target: 'schools' },
  { table: 'agreements', field: 'schoolYearId', target: 'schoolYears' },
  { table: 'agreements', field: 'basedOnId', target: 'agreements' },
  { table: 'decisions', field: 'agreementId', target: 'agreements' },
  { table: 'decisions', field: 'taskId', target: 'tasks' },
  { table: 'timeEntries', field: 'schoolId', target: 'schools' },
  { table: 'timeEntries', field: 'taskId', target: 'tasks' },
  { table: 'weekNotes', field: 'schoolId', target: 'schools' },
  { table: 'settings', field: 'activeSchoolId', target: 'schools' },
  { table: 'settings', field: 'activeSchoolYearId', target: 'schoolYears' },
  { table: 'cycles', field: 'schoolId', target: 'schools' },
  { table: 'cycles', field: 'schoolYearId', target: 'schoolYears' },
  { table: 'cycleSessions', field: 'cycleId', target: 'cycles' },
  { table: 'cycleSessions', field: 'schoolId', target: 'schools' },
  { table: 'cycleSessions', field: 'schoolYearId', target: 'schoolYears' },
  { table: 'playbook', field: 'schoolId', target: 'schools' },
  { table: 'supportReviews', field: 'schoolId', target: 'schools' },
  { table: 'supportReviews', field: 'schoolYearId', target: 'schoolYears' },
  { table: 'evaluationRounds', field: 'schoolYearId', target: 'schoolYears' },
  { table: 'evaluationResponses', field: 'roundId', target: 'evaluationRounds' },
]

/**
 * The unique compound indexes of the database (`&[a+b]` in SCHEMA_V1; a test keeps the two in
 * step). `onMerge` says what a merge does when the file and this device hold two different
 * records for the same slot: a time entry, decision or week note is one value per slot, so the
 * newer one replaces the older; two different agreement versions with the same number are two
 * documents, and dropping either could lose a signature, so the merge is refused.
 */
export interface UniqueKey {
  table: TableName
  fields: string[]
  onMerge: 'newer-wins' | 'refuse'
}

export const UNIQUE_KEYS: UniqueKey[] = [
  { table: 'agreements', fields: ['schoolId', 'schoolYearId', 'version'], onMerge: 'refuse' },
  { table: 'decisions', fields: ['agreementId', 'taskId'], onMerge: 'newer-wins' },
  { table: 'timeEntries', fields: ['schoolId', 'date', 'rowKey'], onMerge: 'newer-wins' },
  { table: 'weekNotes', fields: ['schoolId', 'weekStart'], onMerge: 'newer-wins' },
]

export function emptyBackupData(): BackupData {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupData
}

export function countRecords(data: BackupData): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, data[t].length])) as Record<TableName, number>
}

export function totalRecords(data: BackupData): number {
  return TABLE_NAMES.reduce((sum, t) => sum + data[t].length, 0)
}
