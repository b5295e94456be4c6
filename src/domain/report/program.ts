/**
 * The program section of the principal's report: coaching cycles as the agreed confidentiality
 * allows. "Nothing shared" carries counts and rates only (never a teacher's label or a goal).
 * "What and with whom" adds, per cycle, the teacher's label ("Teacher 1", … when it has none) and
 * the goal's topic, but nothing evaluative per teacher: no measure, progress or outcome. Under
 * their own policy the two chose one of these, kept with the agreement (an agreement from before
 * the choice existed reads as counts only). Over several schools, the strictest school's policy decides.
 * Never copied: the teacher's name, current reality, the reflection, notes and reasons.
 */
import { reportCyclesOf } from '../agreementSections'
import { programMeasures, type Figure, type ProgramMeasures } from '../cycles/programMeasures'
import type { CoachingCycle, CycleSession } from '../schemas/cycle'
import type { ReportPolicySource } from './types'

export type ProgramLevel = 'counts' | 'what-and-whom'

export interface ReportFigure {
  label: string
  value: number | null
  covers: string
  withheld: boolean
  reason: string | null
}

export interface ReportProgram {
  level: ProgramLevel
  carries: string
  figures: ReportFigure[]
  byStrategy: { name: string; cycles: ReportFigure; met: ReportFigure }[]
  /** Only under "what and with whom": who was coached and on what, nothing evaluative. */
  teachers: { label: string; topic: string }[]
}

export function programLevel(policies: readonly ReportPolicySource[]): ProgramLevel {
  return policies.length > 0 && policies.every((p) => p.confidentiality !== null && reportCyclesOf(p.confidentiality) === 'what-and-whom')
    ? 'what-and-whom'
    : 'counts'
}

const figure = (label: string, f: Figure<number>): ReportFigure => ({
  label,
  value: f.value,
  covers: f.covers,
  withheld: f.withheld,
  reason: f.reason,
})

/** Every figure of the program, with its label, in the order the report and the program page show them. */
export const PROGRAM_FIGURES: [keyof Omit<ProgramMeasures, 'minTeachers' | 'byStrategy'>, string][] = [
  ['cyclesStarted', 'Cycles started'],
  ['active', 'Active'],
  ['finished', 'Finished'],
  ['goalsSet', 'Goals set'],
  ['met', 'Met'],
  ['partlyMet', 'Partly met'],
  ['notMet', 'Not met'],
  ['stopped', 'Stopped early'],
  ['medianWeeksToMet', 'Median weeks to a met goal'],
  ['medianProgressPercent', 'Median progress toward target (%)'],
  ['teachersReached', 'Teachers reached'],
  ['medianHoursPerCycle', 'Median coaching hours per cycle'],
  ['totalHours', 'Coaching hours in cycles'],
]

export function buildProgramSection(
  cycles: readonly CoachingCycle[],
  sessions: readonly CycleSession[],
  policies: readonly ReportPolicySource[],
  options: { minTeachers?: number } = {},
): ReportProgram {
  const level = programLevel(policies)
  const m = programMeasures([...cycles], [...sessions], { minTeachers: options.minTeachers })
  const sorted = [...cycles].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
  let unlabeled = 0
  const teachers =
    level === 'what-and-whom'
      ? sorted.map((c) => {
          const label = c.teacherLabel.trim() || `Teacher ${++unlabeled}`
          return { label, topic: c.goal.trim() || 'No goal set yet' }
        })
      : []
  return {
    level,
    carries:
      level === 'what-and-whom'
        ? `As the policy allows, this section shows counts and rates of coaching cycles and, per cycle, the teacher’s label and the goal’s topic. It shows no measure, progress or outcome for any teacher. Figures behind fewer than ${m.minTeachers} teachers are withheld.`
        : `As the policy asks, this section shows counts and rates of coaching cycles only. It names no teacher and no goal. Figures behind fewer than ${m.minTeachers} teachers are withheld.`,
    figures: PROGRAM_FIGURES.map(([key, label]) => figure(label, m[key])),
    byStrategy: m.byStrategy.map((s) => ({
      name: s.name,
      cycles: figure('Cycles', s.cycles),
      met: figure('Met', s.met),
    })),
    teachers,
  }
}
