/**
 * The optional sample school: a made-up school to try the app on, with a finished meeting (every
 * task decided, the plan meeting both targets), a draft agreement, a few past weeks logged and
 * three coaching cycles on those weeks (sampleCycles.ts).
 * Built here as plain records; `src/db/sampleSchool.ts` writes them in one transaction. The school
 * carries `sample: true` until the coach keeps it as a real school, and everything that belongs to
 * it points at its id, so removing it or leaving it out of a backup is a filter on that id.
 */
import type { Bucket } from './buckets'
import type { IsoDate } from './dates'
import { HOURS_STEP } from './hours'
import type { Agreement, Decision, School, SchoolYear, Task, TimeEntry } from './schemas'
import type { CoachingCycle, CycleSession } from './schemas/cycle'
import { sampleCycles } from './sampleCycles'
import { weeksOfSchoolYear } from './schoolWeeks'
import { DEFAULT_TARGETS, type Targets } from './buckets'

export { isSample, SAMPLE_BADGE, schoolNameWithBadge } from './schoolScope'

export const SAMPLE_SCHOOL_NAME = 'Maple Grove Elementary'
export const SAMPLE_PRINCIPAL_NAME = 'Dana Whitfield'
/** At most this many past weeks are logged. */
export const SAMPLE_WEEKS = 3

/** Weekly hours planned per bucket: 24 of 36 coaching (67%), 4 learning (11%), 8 other. */
const PLAN_HOURS: Record<Bucket, number> = { coaching: 24, learning: 4, other: 8 }
/** Other duties the sample keeps; everything else in that bucket is won't-do. */
const OTHER_KEPT = 3
const INSTEAD = ['Assistant principal', 'Grade-level team leads', 'Office staff', 'Classroom teachers', 'District office']

export interface SampleSchool {
  school: School
  agreement: Agreement
  decisions: Decision[]
  entries: TimeEntry[]
  cycles: CoachingCycle[]
  cycleSessions: CycleSession[]
}

export interface SampleInput {
  tasks: readonly Task[]
  schoolYear: Pick<SchoolYear, 'id' | 'startDate' | 'endDate' | 'firstDayOfWeek' | 'markedWeeks'>
  coachName: string
  targets?: Targets
  today: IsoDate
  now: number
  newId: () => string
}

/** `total` hours shared over `count` tasks in quarter hours, the leftover quarters to the first ones. */
function shareOut(total: number, count: number): number[] {
  if (count <= 0) return []
  const quarters = Math.round(total / HOURS_STEP)
  const each = Math.floor(quarters / count)
  return Array.from({ length: count }, (_, i) => (each + (i < quarters - each * count ? 1 : 0)) * HOURS_STEP)
}

/**
 * The other duties the sample keeps: the regular meeting with the principal, district meetings and
 * the district's coaching logs (tasks a coach can rarely refuse); never the ones the principal is
 * meant to help the coach say no to. Fewer when the list lacks them.
 */
const KEPT_OTHER = ['cat-other-principal-meetings', 'cat-other-district-meetings', 'cat-other-district-logs']

function keptOther(tasks: readonly Task[]): Set<string> {
  const ids = new Set(tasks.filter((t) => t.bucket === 'other').map((t) => t.id))
  return new Set(KEPT_OTHER.filter((id) => ids.has(id)).slice(0, OTHER_KEPT))
}

/** A decision for every active task: coaching and learning will-do, most other duties won't-do. */
export function sampleDecisions(tasks: readonly Task[], agreementId: string, now: number, newId: () => string): Decision[] {
  const active = tasks.filter((t) => !t.archived)
  const kept = keptOther(active)
  const willDo = active.filter((t) => t.bucket !== 'other' || kept.has(t.id))
  const hours = new Map<string, number>()
  for (const bucket of ['coaching', 'learning', 'other'] as const) {
    const inBucket = willDo.filter((t) => t.bucket === bucket)
    if (inBucket.length) shareOut(PLAN_HOURS[bucket], inBucket.length).forEach((h, i) => hours.set(inBucket[i]!.id, h))
  }
  let instead = 0
  return active.map((t) => {
    const will = hours.has(t.id)
    return {
      id: newId(),
      agreementId,
      taskId: t.id,
      choice: will ? 'will' : 'wont',
      note: '',
      insteadBy: will ? '' : INSTEAD[instead++ % INSTEAD.length]!,
      weeklyHours: will ? hours.get(t.id)! : null,
      decidedAt: now,
      createdAt: now,
      updatedAt: now,
    }
  })
}

/** The school weeks to log: the last few ordinary weeks of the year that ended before today. */
export function sampleWeeks(year: SampleInput['schoolYear'], today: IsoDate): Array<{ weekStart: IsoDate; days: IsoDate[] }> {
  return weeksOfSchoolYear(year)
    .filter((w) => w.isSchoolWeek && w.schoolDays.length > 0 && w.weekEnd < today)
    .slice(-SAMPLE_WEEKS)
    .map((w) => ({ weekStart: w.weekStart, days: [...w.schoolDays] }))
}

/**
 * The sample's logged time: the plan spread over each week's school days, except that the middle
 * week moves three hours from coaching into a won't-do task (drift), so one week shows a flag.
 */
export function sampleEntries(input: {
  schoolId: string
  weeks: ReadonlyArray<{ days: IsoDate[] }>
  decisions: readonly Decision[]
  tasks: readonly Task[]
  now: number
  newId: () => string
}): TimeEntry[] {
  const bucketOf = new Map(input.tasks.map((t) => [t.id, t.bucket]))
  const rows = input.decisions.flatMap((d) =>
    d.choice === 'will' && d.weeklyHours ? [{ rowKey: d.taskId, weeklyHours: d.weeklyHours }] : [],
  )
  const drift = input.decisions.find((d) => d.choice === 'wont' && bucketOf.get(d.taskId) === 'other')
  return input.weeks.flatMap((week, i) => {
    const drifting = i === 1 && drift !== undefined && input.weeks.length > 2
    const weekRows = drifting ? driftRows(rows, bucketOf, drift.taskId) : rows
    return spreadWeek(weekRows, week.days).map((cell) => ({
      id: input.newId(),
      schoolId: input.schoolId,
      date: cell.date,
      taskId: cell.rowKey,
      bucket: bucketOf.get(cell.rowKey) ?? 'other',
      rowKey: cell.rowKey,
      hours: cell.hours,
      createdAt: input.now,
      updatedAt: input.now,
    }))
  })
}

/**
 * Each row's weekly hours over the days in quarter hours, the leftover quarters spread over the week
 * (like "Fill from plan" in planFill.ts, kept apart so that module stays in the time log's chunk).
 */
function spreadWeek(rows: ReadonlyArray<{ rowKey: string; weeklyHours: number }>, days: readonly IsoDate[]) {
  // Each row's leftover quarters start on a different day, so no day of the week piles them all up.
  return rows.flatMap((row, r) =>
    shareOut(row.weeklyHours, days.length).flatMap((hours, i) => {
      const date = days[(i + r) % days.length]!
      return hours > 0 ? [{ rowKey: row.rowKey, date, hours }] : []
    }),
  )
}

/** Three hours taken from the coaching rows (a quarter at a time, largest first) and given to a won't-do task. */
function driftRows(
  rows: ReadonlyArray<{ rowKey: string; weeklyHours: number }>,
  bucketOf: ReadonlyMap<string, Bucket>,
  driftTaskId: string,
): Array<{ rowKey: string; weeklyHours: number }> {
  const next = rows.map((r) => ({ ...r }))
  const coaching = next.filter((r) => bucketOf.get(r.rowKey) === 'coaching')
  for (let moved = 0; moved < 3 && coaching.some((r) => r.weeklyHours > 0); moved += HOURS_STEP) {
    const largest = coaching.reduce((a, b) => (b.weeklyHours > a.weeklyHours ? b : a))
    largest.weeklyHours -= HOURS_STEP
  }
  return [...next.filter((r) => r.weeklyHours > 0), { rowKey: driftTaskId, weeklyHours: 3 }]
}

/** Every record of a new sample school for the given school year. */
export function buildSampleSchool(input: SampleInput): SampleSchool {
  const schoolId = input.newId()
  const school: School = {
    id: schoolId,
    name: SAMPLE_SCHOOL_NAME,
    principalName: SAMPLE_PRINCIPAL_NAME,
    sample: true,
    createdAt: input.now,
    updatedAt: input.now,
  }
  const weeks = sampleWeeks(input.schoolYear, input.today)
  // The meeting happened just before the first logged week (or on the year's first day).
  const meetingDate = weeks[0]?.days[0] ?? input.schoolYear.startDate
  // A first draft as the meeting makes one (meeting/firstDraft.ts), written out here so this
  // module, loaded on demand, does not pull that one out of the meeting's chunk.
  const agreement: Agreement = {
    id: input.newId(),
    schoolId,
    schoolYearId: input.schoolYear.id,
    version: 1,
    status: 'draft',
    meeting: { coachName: input.coachName, principalName: SAMPLE_PRINCIPAL_NAME, date: meetingDate <= input.today ? meetingDate : null },
    targets: { ...(input.targets ?? DEFAULT_TARGETS) },
    openItemsAccepted: false,
    sections: {},
    signatures: { coach: null, principal: null },
    signedAt: null,
    basedOnId: null,
    createdAt: input.now,
    updatedAt: input.now,
  }
  const decisions = sampleDecisions(input.tasks, agreement.id, input.now, input.newId)
  const logged = sampleEntries({ schoolId, weeks, decisions, tasks: input.tasks, now: input.now, newId: input.newId })
  const { cycles, sessions, entries } = sampleCycles({
    schoolId,
    schoolYear: input.schoolYear,
    weeks,
    entries: logged,
    now: input.now,
    newId: input.newId,
  })
  return { school, agreement, decisions, entries, cycles, cycleSessions: sessions }
}
