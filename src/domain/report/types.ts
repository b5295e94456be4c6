import type { CoachingCycle, CycleSession } from '../schemas/cycle'
import type { ReportProgram } from './program'
/** The shape of the principal's time report (see `build.ts` for what goes into it and why). */
import type { Bucket, Targets } from '../buckets'
import type { Confidentiality } from '../agreementSections'
import type { IsoDate } from '../dates'
import type { ShareStatus, WeekAssessment } from '../flags'
import type { DashboardSeries } from '../dashboard/series'
import type { PlanRowKind } from '../dashboard/plan'

export type BucketFigures = Readonly<Record<Bucket, number>>

export interface ReportShares {
  hours: BucketFigures
  total: number
  /** Percent per bucket, null when nothing was logged. */
  percent: BucketFigures | null
  status: ShareStatus
}

export interface ReportWeek {
  weekStart: IsoDate
  weekEnd: IsoDate
  /** "Sep 14 – 18, 2026". */
  range: string
  /** "School week", "Holiday", "Testing week", "No ordinary school". */
  kind: string
  shares: ReportShares
  statusLabel: string
  /** Generated sentences such as "Coaching 55% is below the 60% target". */
  flags: string[]
  /** Hours on won't-do tasks that week (null in the per-school rows, which do not split drift). */
  driftHours: number | null
  /** Hours per named task that week: only tasks whose names the policy lets the report carry. */
  tasks: ReportTaskHours[]
}

export interface ReportTaskHours {
  task: string
  hours: number
}

/** One school's agreed policy as the report states it. */
export interface ReportPolicyLine {
  /** The school's name (for a report over several schools), else null. */
  school: string | null
  /** "The coach shares nothing about coaching with administrators", or that none is agreed. */
  label: string
  /** The policy in plain words, as agreed. */
  statement: string
}

/** What the policy lets the report carry, decided once and stated on the first page. */
export interface ReportPolicy {
  lines: ReportPolicyLine[]
  /** 'all': every task name; 'chosen': only the names the coach picked (maybe none). */
  taskNames: 'all' | 'chosen'
  /** The task names carried under 'chosen', in the order the coach sees them. */
  chosenTasks: string[]
  /** What the report carries, in one or two plain sentences. */
  carries: string
}

export interface ReportPlanRow {
  label: string
  bucket: Bucket
  plannedPerWeek: number | null
  actualPerWeek: number
  actualHours: number
  kind: PlanRowKind
}
export interface ReportDriftTask {
  task: string
  hours: number
}
export interface ReportDriftWeek {
  weekStart: IsoDate
  range: string
  hours: number
}

export interface PrincipalReport {
  title: string
  coachName: string
  principalNames: string[]
  /** The school's name, or "All schools: A, B". */
  scope: string
  schoolYear: string
  period: string
  generatedOn: IsoDate
  targets: Targets
  policy: ReportPolicy
  /** "2 of 15 school weeks logged. 13 school weeks have nothing logged." and the hours base. */
  coverage: {
    schoolWeeks: number
    loggedSchoolWeeks: number
    unloggedSchoolWeeks: number
    schoolWeekHours: number
    markedWeekHours: number
    text: string
  }
  weeks: ReportWeek[]
  /** Per school, for a report over several schools (no task names: hours per bucket only). */
  bySchool: { school: string; weeks: ReportWeek[] }[]
  rolling: { weeks: number; loggedWeeks: number; shares: ReportShares } | null
  yearToDate: { weeks: number; loggedWeeks: number; shares: ReportShares }
  periodShares: ReportShares
  plan: {
    weeksCounted: number
    hasPlan: boolean
    byBucket: ReportPlanRow[]
    byTask: ReportPlanRow[]
    plannedTotalPerWeek: number
    actualTotalPerWeek: number
  }
  drift: { totalHours: number; weeks: ReportDriftWeek[]; tasks: ReportDriftTask[] }
  summaries: { weekly: string; rolling: string; rollingRule: string; yearToDate: string; plan: string; drift: string }
  /** Coaching cycles, as the policy allows (see ./program.ts). */
  program: ReportProgram
}

/** One school's agreed confidentiality (null when it has no agreement yet). */
export interface ReportPolicySource {
  school: string
  confidentiality: Confidentiality | null
}

export interface ReportInput {
  /** The coaching cycles the report covers and their sessions; none when left out. */
  cycles?: readonly CoachingCycle[]
  cycleSessions?: readonly CycleSession[]
  /** Program figures behind fewer teachers are withheld (settings.minTeachers; absent = 3). */
  minTeachers?: number
  series: DashboardSeries
  coachName: string
  principalNames: readonly string[]
  scope: string
  schoolYear: string
  generatedOn: IsoDate
  taskTitle: (taskId: string) => string
  /** The policy of every school the report covers. */
  policies: readonly ReportPolicySource[]
  /** Task ids the coach explicitly picked for this report when the policy carries no names. */
  chosenTaskIds?: ReadonlySet<string>
  /** Per-school weeks, for a report over several schools. */
  schoolWeeks?: readonly { school: string; weeks: readonly WeekAssessment[] }[]
}
