/**
 * What the dashboard and the principal's report read, in one live query. Logged time comes from
 * the day totals (one small record per school and day, see `@/domain/dayTotals`) through a key
 * range (`[schoolId+date]` for one school, `date` for every school), from the first day of the
 * school year to the period's last day, so the rolling and year-to-date figures need no second
 * read. Week notes are never read here, and decision notes are dropped as soon as decisions are
 * loaded: nothing downstream can show them.
 */
import type { MaybeRefOrGetter } from 'vue'
import type { Targets } from '@/domain/buckets'
import type { IsoDate } from '@/domain/dates'
import type { Agreement, Decision, School, SchoolYear, Settings, Task } from '@/domain/schemas'
import type { CoachingCycle, CycleSession } from '@/domain/schemas/cycle'
import type { LoggedTime } from '@/domain/shares'
import { SETTINGS_ID } from '@/domain/keys'
import { readSections, type Confidentiality } from '@/domain/agreementSections'
import { db } from './database'
import { readLoggedTime } from './dayTotals'
import { agreementsInForceOf } from './timeLogQueries'
import { useLiveQuery } from './live'

/** The parts of a decision the dashboard may use: no note, no "instead by". */
export type PlanDecision = Pick<Decision, 'taskId' | 'choice' | 'weeklyHours'>

export interface SchoolAgreement {
  schoolId: string
  targets: Targets
  status: Agreement['status']
  version: number
  decisions: PlanDecision[]
  /** The agreed confidentiality policy only: no other section is read. */
  confidentiality: Confidentiality
}

export interface DashboardData {
  settings: Settings
  schoolYear: SchoolYear
  schools: School[]
  tasks: Task[]
  /** Per school id: the agreement in force for the school year (schools without one are absent). */
  agreements: Map<string, SchoolAgreement>
  /** Time logged per school, day and row (task or bucket), from the year's first day. */
  entries: LoggedTime[]
  /** The coaching cycles of the year and their sessions, in scope: the report's program section reads only what the policy allows. */
  cycles: CoachingCycle[]
  cycleSessions: CycleSession[]
}

/** The agreements in force as the dashboard may use them: decisions without notes. */
async function agreementsForPlan(
  versions: readonly Agreement[],
  schoolYearId: string,
  schools: readonly School[],
): Promise<Map<string, SchoolAgreement>> {
  const inForce = await agreementsInForceOf(versions, schoolYearId, schools)
  return new Map(
    [...inForce].map(([schoolId, { agreement, decisions }]) => [
      schoolId,
      {
        schoolId,
        targets: agreement.targets,
        status: agreement.status,
        version: agreement.version,
        decisions: decisions.map((d) => ({ taskId: d.taskId, choice: d.choice, weeklyHours: d.weeklyHours })),
        // A signed version's policy is the one it was signed with (its snapshot), never today's defaults.
        confidentiality: agreement.snapshot?.sections.confidentiality ?? readSections(agreement.sections).confidentiality,
      },
    ]),
  )
}

/**
 * Everything the dashboard needs for the active school year. `scope` is a school id, or null
 * for every school combined; `through` is the period's last day (entries after it are not read).
 * Two rounds of reads that run side by side: the small tables whole (a few records a year
 * each), then the year's day totals together with the decisions of the agreements in force.
 */
export async function readDashboardData(scope: string | null, through: IsoDate | null): Promise<DashboardData | null> {
  const [settings, schools, tasks, schoolYears, versions] = await Promise.all([
    db.settings.get(SETTINGS_ID),
    db.schools.orderBy('name').toArray(),
    db.tasks.toArray(),
    db.schoolYears.toArray(),
    db.agreements.toArray(),
  ])
  const schoolYear = schoolYears.find((y) => y.id === settings?.activeSchoolYearId)
  if (!settings || !schoolYear) return null
  const last = through && through < schoolYear.endDate ? through : schoolYear.endDate
  const inScope = (r: { schoolId: string; schoolYearId: string }) =>
    r.schoolYearId === schoolYear.id && (scope === null || r.schoolId === scope)
  const [entries, agreements, cycles, cycleSessions] = await Promise.all([
    readLoggedTime(scope, schoolYear.startDate, last),
    agreementsForPlan(versions, schoolYear.id, schools),
    db.cycles.filter(inScope).toArray(),
    db.cycleSessions.filter(inScope).toArray(),
  ])
  return { settings, schoolYear, schools, tasks, agreements, entries, cycles, cycleSessions }
}

/** Live dashboard data for the whole school year (entries after today do not exist yet). */
export function useDashboardData(scope: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(scope, (s) => readDashboardData(s, null))
}
