/** The tasks an agreement marks won't-do: the one place that reads a `wont` choice into a set. */
import type { Decision } from './schemas'

/** Per school: the task ids that school's agreement marks won't-do. */
export type WontDoTasks = ReadonlyMap<string, ReadonlySet<string>>

/** Won't-do task ids of an agreement's decisions. */
export function wontDoTaskIds(decisions: readonly Pick<Decision, 'taskId' | 'choice'>[]): Set<string> {
  return new Set(decisions.filter((d) => d.choice === 'wont').map((d) => d.taskId))
}

/** Each school's won't-do task ids, from the agreements in force per school. */
export function wontDoBySchool(
  agreements: Iterable<readonly [string, { decisions: readonly Pick<Decision, 'taskId' | 'choice'>[] }]>,
): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  for (const [schoolId, a] of agreements) map.set(schoolId, wontDoTaskIds(a.decisions))
  return map
}

/** Every task id marked won't-do at any school. */
export function anyWontDo(wontDo: WontDoTasks): Set<string> {
  const ids = new Set<string>()
  for (const set of wontDo.values()) for (const id of set) ids.add(id)
  return ids
}
