import Dexie, { type Table } from 'dexie'
import type { Agreement, Decision, School, SchoolYear, Settings, Task, TimeEntry, WeekNote } from '@/domain/schemas'
import type { CoachingCycle, CycleSession, PlaybookStrategy, SupportReview } from '@/domain/schemas/cycle'
import type { CoachKey, EvaluationResponse, EvaluationRound } from '@/domain/schemas/evaluation'
import { dayTotalsOf, type DayTotal } from '@/domain/dayTotals'

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

/**
 * Version 2 adds `dayTotals`: one record per school and day, derived from the time entries and
 * written in the same transaction as them, so summaries read days instead of every entry.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  dayTotals: '[schoolId+date], date',
} as const

/**
 * Version 3 stores with every signed agreement version the snapshot of what it shows and that
 * snapshot's fingerprint. No index changes; the upgrade snapshots versions signed before.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2 } as const

/**
 * Version 4 adds coaching cycles, their sessions, the playbook of strategies and the termly
 * support reviews. New tables only: nothing stored before changes.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  cycles: 'id, [schoolId+schoolYearId], schoolId',
  cycleSessions: 'id, cycleId, [schoolId+date], date',
  playbook: 'id, schoolId',
  supportReviews: 'id, [schoolId+schoolYearId]',
} as const

/**
 * Version 5 adds the coach's 360° evaluation: rounds, their responses, the coach's key (its
 * private half wrapped with the coach's passphrase) and, on this device only, the unwrapped key
 * that opens response files. New tables only.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  evaluationRounds: 'id, schoolYearId',
  evaluationResponses: 'id, roundId, fingerprint',
  coachKeys: 'id',
  unlockedKeys: 'id',
} as const

/** Tables whose records are derived from the others: not backed up, rebuilt on restore. */
export const DERIVED_TABLES = ['dayTotals'] as const
/**
 * Tables that never leave this device: the unwrapped coach key is a non-extractable CryptoKey.
 * A restore elsewhere brings the wrapped key, opened once with the passphrase.
 */
export const DEVICE_ONLY_TABLES = ['unlockedKeys'] as const

/** The coach's private key, unwrapped: can open response files, cannot be read back out. */
export interface UnlockedKey {
  id: string
  privateKey: CryptoKey
}

export class CoachDatabase extends Dexie {
  schools!: Table<School, string>
  schoolYears!: Table<SchoolYear, string>
  tasks!: Table<Task, string>
  agreements!: Table<Agreement, string>
  decisions!: Table<Decision, string>
  timeEntries!: Table<TimeEntry, string>
  weekNotes!: Table<WeekNote, string>
  settings!: Table<Settings, string>
  dayTotals!: Table<DayTotal, [string, string]>
  cycles!: Table<CoachingCycle, string>
  cycleSessions!: Table<CycleSession, string>
  playbook!: Table<PlaybookStrategy, string>
  supportReviews!: Table<SupportReview, string>
  evaluationRounds!: Table<EvaluationRound, string>
  evaluationResponses!: Table<EvaluationResponse, string>
  coachKeys!: Table<CoachKey, string>
  unlockedKeys!: Table<UnlockedKey, string>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // Safe to run twice: the totals are recomputed from the entries and replace what is there.
        const entries = await tx.table<TimeEntry, string>('timeEntries').toArray()
        const totals = tx.table<DayTotal, [string, string]>('dayTotals')
        await totals.clear()
        await totals.bulkPut(dayTotalsOf(entries))
      })
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // Versions signed before snapshots existed are frozen as their records read now, the
        // closest to what was signed that is left. Safe to run twice: sealed versions are skipped.
        const agreements = tx.table<Agreement, string>('agreements')
        const signed = (await agreements.toArray()).filter((a) => a.status === 'signed' && !a.snapshot)
        if (!signed.length) return
        const [decisions, tasks, schools, years] = await Promise.all([
          tx.table<Decision, string>('decisions').toArray(),
          tx.table<Task, string>('tasks').toArray(),
          tx.table<School, string>('schools').toArray(),
          tx.table<SchoolYear, string>('schoolYears').toArray(),
        ])
        // Loaded only for this upgrade, so the first screen does not carry the agreement code.
        const sealed = await Dexie.waitFor(
          (async () => {
            const { sealSignedVersions } = await import('@/domain/agreementSnapshot')
            return sealSignedVersions(signed, { decisions, tasks, schools, schoolYears: years })
          })(),
        )
        await agreements.bulkPut(sealed)
      })
    this.version(4).stores(SCHEMA_V4)
    this.version(5).stores(SCHEMA_V5)
  }
}

export const db = new CoachDatabase()
