/**
 * Seed builders for unit and component specs: they write through the app's own validating
 * gateway (`src/db/repository`, `src/db/agreements`), so a seeded record is one the app could
 * have made. One coach at Lincoln, school year Aug 17, 2026 – Jun 11, 2027, weeks from Monday.
 *
 * For records built in memory (bulk time entries, a signed agreement written as a record), see
 * `dashboardSeed.ts`; for the time log's two schools and marked week, `timeLogFixtures.ts`.
 */
import { db } from '@/db/database'
import { signAgreement } from '@/db/agreements'
import { rebuildDayTotals } from '@/db/dayTotals'
import { completeFirstRun, saveAgreement, saveDecision, saveTask, type Input } from '@/db/repository'
import type { Agreement, Settings, Task, TimeEntry } from '@/domain/schemas'
import type { FirstRunInput } from '@/domain/setup'
import { decidedSections } from './decidedSections'

export const COACH_NAME = 'Renée Okafor'
export const PRINCIPAL_NAME = 'José Martínez'

/** The setup form as a coach at Lincoln fills it in. */
export const FIRST_RUN: FirstRunInput = {
  coachName: COACH_NAME,
  schoolName: 'Lincoln Elementary',
  principalName: PRINCIPAL_NAME,
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1,
}

export interface SeededSchool {
  schoolId: string
  schoolYearId: string
  settings: Settings
}

/** Settings, a school and a school year through first run; returns the active ids. */
export async function seedFirstRun(input: Partial<FirstRunInput> = {}): Promise<SeededSchool> {
  const settings = await completeFirstRun({ ...FIRST_RUN, ...input })
  return { schoolId: settings.activeSchoolId!, schoolYearId: settings.activeSchoolYearId!, settings }
}

const SCHOOL_TASKS: Array<[string, Task['bucket']]> = [
  ['Impact cycles with teachers', 'coaching'],
  ['Coach’s own professional learning', 'learning'],
  ['Leading PLCs', 'other'],
  ['Overseeing state testing', 'other'],
]

export interface SchoolWithTasks {
  schoolId: string
  schoolYearId: string
  tasks: Task[]
}

/** A task the coach can log time on, through the repository; `extra` overrides any field. */
export async function seedTask(title: string, bucket: Task['bucket'], sortOrder: number, extra: Partial<Task> = {}): Promise<Task> {
  return saveTask({ title, description: '', bucket, origin: 'catalog', archived: false, sortOrder, ...extra })
}

/** First run plus four tasks, one a bucket and two in "other"; returns the ids. */
export async function seedSchool(): Promise<SchoolWithTasks> {
  const { schoolId, schoolYearId } = await seedFirstRun()
  const tasks: Task[] = []
  for (const [i, [title, bucket]] of SCHOOL_TASKS.entries()) {
    tasks.push(await seedTask(title, bucket, i))
  }
  return { schoolId, schoolYearId, tasks }
}

/** A blank version-1 draft for the school, as `saveAgreement` takes it; `extra` overrides any field. */
export function draftAgreement(schoolId: string, schoolYearId: string, extra: Partial<Input<Agreement>> = {}): Input<Agreement> {
  return {
    schoolId,
    schoolYearId,
    version: 1,
    status: 'draft',
    meeting: { coachName: COACH_NAME, principalName: PRINCIPAL_NAME, date: '2026-09-02' },
    targets: { coachingPct: 60, learningPct: 10 },
    openItemsAccepted: false,
    sections: {},
    signatures: { coach: null, principal: null },
    signedAt: null,
    basedOnId: null,
    ...extra,
  }
}

/** A draft of `seedSchool`'s school with every section decided and a decision for every task (will, will, won't, will). */
export async function seedDraft(ids: SchoolWithTasks, extra: Partial<Agreement> = {}): Promise<Agreement> {
  const draft = await saveAgreement(draftAgreement(ids.schoolId, ids.schoolYearId, { sections: decidedSections(), ...extra }))
  const choices = [
    ['will', 24],
    ['will', 4],
    ['wont', null],
    ['will', 2],
  ] as const
  for (const [i, t] of ids.tasks.entries()) {
    const [choice, hours] = choices[i] ?? ['undecided', null]
    await saveDecision({
      agreementId: draft.id,
      taskId: t.id,
      choice,
      note: '',
      insteadBy: choice === 'wont' ? 'Team leads' : '',
      weeklyHours: hours,
      decidedAt: Date.now(),
    })
  }
  return draft
}

/** `seedDraft`'s draft signed by both, through the app's own signing. */
export async function seedSignedVersion(ids: SchoolWithTasks, at?: number): Promise<Agreement> {
  const draft = await seedDraft(ids)
  return signAgreement(draft.id, { coachName: COACH_NAME, principalName: PRINCIPAL_NAME, openItemsAccepted: false }, at)
}

/**
 * A draft revision of a signed version written straight through the repository, as if another
 * tab had started it: the signed record's fields with its seal dropped, as `version` 2.
 */
export async function seedRevisionDraft(signed: Agreement, id: string): Promise<Agreement> {
  return saveAgreement({
    ...signed,
    snapshot: undefined,
    fingerprint: undefined,
    id,
    version: 2,
    status: 'draft',
    signedAt: null,
    basedOnId: signed.id,
  })
}

/**
 * Stores time entries built in memory (`seedEntries` in dashboardSeed.ts makes weeks of them)
 * and the day totals they imply, as the time log would have left them.
 */
export async function seedTimeEntries(entries: readonly TimeEntry[]): Promise<void> {
  await db.timeEntries.bulkPut([...entries])
  await rebuildDayTotals()
}
