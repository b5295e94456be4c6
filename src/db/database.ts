import Dexie, { type Table } from 'dexie'
import type { Agreement, Decision, School, SchoolYear, Settings, Task, TimeEntry, WeekNote } from '@/domain/schemas'

export const DATABASE_NAME = 'coach-role-planner'

/**
 * The schema of every Dexie version, oldest first. Never edit a published version: add a new
 * one with the full store list and, where data must change shape, an upgrade function
 * (see README, "Changing the database schema").
 */
export const SCHEMA_V1 = {
  schools: 'id, name',
  schoolYears: 'id, startDate',
  tasks: 'id, bucket, sortOrder',
  agreements: 'id, &[schoolId+schoolYearId+version], [schoolId+schoolYearId], status',
  decisions: 'id, &[agreementId+taskId], agreementId, taskId',
  timeEntries: 'id, &[schoolId+date+rowKey], [schoolId+date], date, taskId',
  weekNotes: 'id, &[schoolId+weekStart]',
  settings: 'id',
} as const

export class CoachDatabase extends Dexie {
  schools!: Table<School, string>
  schoolYears!: Table<SchoolYear, string>
  tasks!: Table<Task, string>
  agreements!: Table<Agreement, string>
  decisions!: Table<Decision, string>
  timeEntries!: Table<TimeEntry, string>
  weekNotes!: Table<WeekNote, string>
  settings!: Table<Settings, string>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
  }
}

export const db = new CoachDatabase()
