import type { Decision, Task } from './schemas'

// Its own small module: the snapshot (and so the backup reader on the setup screen) needs only this.
/** Active tasks still undecided or marked "discuss later" (a task without a decision counts as undecided). */
export function openTasks(tasks: readonly Task[], decisions: readonly Decision[]): Task[] {
  const byTask = new Map(decisions.map((d) => [d.taskId, d]))
  return tasks.filter((t) => {
    if (t.archived) return false
    const choice = byTask.get(t.id)?.choice ?? 'undecided'
    return choice === 'undecided' || choice === 'discuss'
  })
}
