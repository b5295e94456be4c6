/**
 * Schema-valid records for dashboard tests, the browser journey and the benchmark: tasks, a
 * signed agreement with will / won't decisions (with notes that must never reach a report),
 * week notes, and a deterministic pattern of time entries over school days.
 */
import { addDays, format, parseISO } from 'date-fns'
import {
  agreementSchema,
  decisionSchema,
  taskSchema,
  timeEntrySchema,
  weekNoteSchema,
  type Agreement,
  type Decision,
  type Task,
  type TimeEntry,
  type WeekNote,
} from '@/domain/schemas'
import type { Bucket } from '@/domain/buckets'
import { sealedForTest } from './sealed'
import { decidedSections } from './decidedSections'

export const SECRET_DECISION_NOTE = 'Ms. Alvarez struggled with classroom management (confidential)'
export const SECRET_WEEK_NOTE = 'Mr. Brandt asked to pause his coaching cycle (confidential)'

export interface SeedTask {
  id: string
  title: string
  bucket: Bucket
  choice: Decision['choice']
  weeklyHours: number | null
}

export const SEED_TASKS: SeedTask[] = [
  { id: 'task-cycles', title: 'Coaching cycles with teachers', bucket: 'coaching', choice: 'will', weeklyHours: 14 },
  { id: 'task-modeling', title: 'Modeling lessons', bucket: 'coaching', choice: 'will', weeklyHours: 4 },
  { id: 'task-study', title: 'Coach book study', bucket: 'learning', choice: 'will', weeklyHours: 3 },
  { id: 'task-plc', title: 'Leading PLCs', bucket: 'other', choice: 'will', weeklyHours: 4 },
  { id: 'task-lunch', title: 'Lunch duty', bucket: 'other', choice: 'wont', weeklyHours: null },
  // A title a spreadsheet would run as a formula if the CSV did not defuse it.
  { id: 'task-formula', title: '=HYPERLINK("http://example.invalid","bus duty")', bucket: 'other', choice: 'wont', weeklyHours: null },
]

const iso = (d: Date) => format(d, 'yyyy-MM-dd')

export function seedTasks(now: number): Task[] {
  return SEED_TASKS.map((t, i) =>
    taskSchema.parse({
      id: t.id,
      title: t.title,
      description: '',
      bucket: t.bucket,
      origin: i < 4 ? 'catalog' : 'custom',
      archived: false,
      sortOrder: i,
      createdAt: now,
      updatedAt: now,
    }),
  )
}

export function seedAgreement(
  schoolId: string,
  schoolYearId: string,
  now: number,
  id = `agreement-${schoolId}`,
  /** Stored sections to sign with, instead of the decided ones ("what and with whom"). */
  sections: Record<string, unknown> = decidedSections(),
): { agreement: Agreement; decisions: Decision[] } {
  const decisions = SEED_TASKS.map((t) =>
    decisionSchema.parse({
      id: `${id}-${t.id}`,
      agreementId: id,
      taskId: t.id,
      choice: t.choice,
      note: SECRET_DECISION_NOTE,
      insteadBy: t.choice === 'wont' ? 'Assistant principal' : '',
      weeklyHours: t.weeklyHours,
      decidedAt: now,
      createdAt: now,
      updatedAt: now,
    }),
  )
  const agreement = agreementSchema.parse(
    sealedForTest(
      {
        id,
        schoolId,
        schoolYearId,
        version: 1,
        status: 'signed',
        meeting: { coachName: 'Renée Okafor', principalName: 'José Martínez', date: '2026-08-20' },
        targets: { coachingPct: 60, learningPct: 10 },
        openItemsAccepted: false,
        sections,
        signatures: { coach: { name: 'Renée Okafor', signedAt: now }, principal: { name: 'José Martínez', signedAt: now } },
        signedAt: now,
        basedOnId: null,
        createdAt: now,
        updatedAt: now,
      },
      { decisions, tasks: seedTasks(now), school: undefined, schoolYear: undefined },
    ),
  )
  return { agreement, decisions }
}

export interface EntryPattern {
  schoolId: string
  /** First and last day to log (weekdays only). */
  from: string
  to: string
  /** Week starts (Mondays) with nothing logged: holidays. */
  skipWeeks?: readonly string[]
  now: number
  idPrefix?: string
}

/**
 * A school day's hours, varied by week so some weeks fall below a target:
 * every third week has extra PLC time and lunch duty (coaching under 60%), every fourth week
 * skips the book study (professional learning under 10%).
 */
export function dayHours(weekIndex: number, weekday: number): Array<[string, number]> {
  const busy = weekIndex % 3 === 2
  const noStudy = weekIndex % 4 === 3
  const rows: Array<[string, number]> = [['task-cycles', busy ? 2 : 3]]
  if (weekday % 2 === 0) rows.push(['task-modeling', 1])
  if (!noStudy && weekday <= 3) rows.push(['task-study', 1])
  if (weekday === 2 || busy) rows.push(['task-plc', busy ? 1.5 : 1])
  if (busy && weekday >= 3) rows.push(['task-lunch', 0.5])
  if (weekIndex === 1 && weekday === 5) rows.push(['task-formula', 0.25])
  if (weekday === 4) rows.push(['bucket:other', 0.5])
  return rows
}

export function seedEntries(p: EntryPattern): TimeEntry[] {
  const entries: TimeEntry[] = []
  const skip = new Set(p.skipWeeks ?? [])
  const start = parseISO(p.from)
  let weekIndex = 0
  let lastWeek = ''
  for (let d = start; iso(d) <= p.to; d = addDays(d, 1)) {
    const weekday = d.getDay()
    if (weekday === 0 || weekday === 6) continue
    const monday = iso(addDays(d, 1 - weekday))
    if (monday !== lastWeek) {
      if (lastWeek) weekIndex += 1
      lastWeek = monday
    }
    if (skip.has(monday)) continue
    for (const [rowKey, hours] of dayHours(weekIndex, weekday)) {
      const isBucket = rowKey.startsWith('bucket:')
      const bucket = isBucket ? (rowKey.slice(7) as Bucket) : (SEED_TASKS.find((t) => t.id === rowKey)?.bucket ?? 'other')
      entries.push(
        timeEntrySchema.parse({
          id: `${p.idPrefix ?? 'e'}-${p.schoolId.slice(0, 24)}-${iso(d)}-${rowKey}`,
          schoolId: p.schoolId,
          date: iso(d),
          taskId: isBucket ? null : rowKey,
          bucket,
          rowKey,
          hours,
          createdAt: p.now,
          updatedAt: p.now,
        }),
      )
    }
  }
  return entries
}

export function seedWeekNotes(schoolId: string, weekStarts: readonly string[], now: number): WeekNote[] {
  return weekStarts.map((weekStart) =>
    weekNoteSchema.parse({
      id: `note-${schoolId}-${weekStart}`,
      schoolId,
      weekStart,
      note: SECRET_WEEK_NOTE,
      createdAt: now,
      updatedAt: now,
    }),
  )
}
