/**
 * One school, or every school combined: which targets apply, which tasks are won't-do, what the
 * plan holds. Per school, the school's agreement in force decides; combined, the plans of all
 * schools add up, each school's won't-do list applies to its own entries, and the targets are
 * the shared ones when every agreement agrees (else the coach's default targets).
 */
import type { Targets } from '../buckets'
import { combinedTargets } from '../flags'
import type { Decision, School, Task } from '../schemas'
import type { Confidentiality } from '../agreementSections'
import type { ReportPolicySource } from '../report'
import { schoolsInScope, scopeLabel } from '../schoolScope'
import { wontDoTaskIds, type WontDoTasks } from '../wontDo'
import { plannedTasksOf, type PlannedTask } from './plan'

export interface ScopeAgreement {
  targets: Targets
  /** The agreed confidentiality policy, which decides what the principal's report carries. */
  confidentiality?: Confidentiality
  decisions: readonly Pick<Decision, 'taskId' | 'choice' | 'weeklyHours'>[]
}

export interface ScopeInput {
  schools: readonly Pick<School, 'id' | 'name' | 'principalName'>[]
  tasks: readonly Pick<Task, 'id' | 'title' | 'bucket'>[]
  agreements: ReadonlyMap<string, ScopeAgreement>
  defaultTargets: Targets
}

export interface Scope {
  /** The school id, or null for every school combined. */
  schoolId: string | null
  /** "Lincoln Elementary", or "All schools: Lincoln Elementary, Washington Middle". */
  label: string
  principalNames: string[]
  targets: Targets
  /** Where the targets come from, in words. */
  targetsSource: string
  wontDo: WontDoTasks
  planned: PlannedTask[]
  hasAgreement: boolean
  /** Each school's agreed confidentiality (null without an agreement): what the report may carry. */
  policies: ReportPolicySource[]
}

export function taskTitleLookup(tasks: readonly Pick<Task, 'id' | 'title'>[]): (taskId: string) => string {
  const titles = new Map(tasks.map((t) => [t.id, t.title]))
  return (taskId) => titles.get(taskId) ?? 'A task that was deleted'
}

export function resolveScope(input: ScopeInput, schoolId: string | null): Scope {
  const schools = schoolsInScope(input.schools, schoolId)
  const tasksById = new Map(input.tasks.map((t) => [t.id, t]))
  const wontDo = new Map<string, Set<string>>()
  const planned: PlannedTask[] = []
  const targetsList: Targets[] = []
  for (const school of schools) {
    const agreement = input.agreements.get(school.id)
    if (!agreement) continue
    targetsList.push(agreement.targets)
    wontDo.set(school.id, wontDoTaskIds(agreement.decisions))
    planned.push(...plannedTasksOf(agreement.decisions, tasksById))
  }
  const targets = schoolId === null ? combinedTargets(targetsList, input.defaultTargets) : (targetsList[0] ?? input.defaultTargets)
  const fromAgreement = targetsList.length > 0 && targets === targetsList[0]
  const label = scopeLabel(schools, schoolId)
  return {
    schoolId,
    label,
    principalNames: [...new Set(schools.map((s) => s.principalName))],
    targets: { coachingPct: targets.coachingPct, learningPct: targets.learningPct },
    targetsSource: fromAgreement ? 'the agreement' : 'your default targets (Settings)',
    wontDo,
    planned,
    hasAgreement: targetsList.length > 0,
    policies: schools.map((s) => ({ school: s.name, confidentiality: input.agreements.get(s.id)?.confidentiality ?? null })),
  }
}
