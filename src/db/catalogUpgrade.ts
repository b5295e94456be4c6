import type { FormerWording } from '@/domain/catalogWording'
import { RETIRED_CATALOG, TASK_CATALOG } from '@/domain/taskCatalog'
import { taskSchema, type Task } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db } from './database'

/** The current built-in wording for a stored catalog task still worded as an earlier release had it. */
function reworded(stored: Task, now: number, formerWordings: Readonly<Record<string, FormerWording>>): Task | null {
  const current = TASK_CATALOG.find((t) => t.id === stored.id)
  const former = formerWordings[stored.id]
  if (!current || !former || stored.origin !== 'catalog') return null
  const title = former.titles?.includes(stored.title) ? current.title : stored.title
  const description = former.descriptions?.includes(stored.description) ? current.description : stored.description
  if (title === stored.title && description === stored.description) return null
  return validate(taskSchema, 'task', { ...stored, title, description, updatedAt: now })
}

/**
 * The rest of the catalog's upgrade, loaded only on a device that needs it (see `upgradeCatalog`):
 *  - rewords a built-in task only where its title or description is still an earlier built-in
 *    wording, so what the coach wrote, re-bucketing and archiving all survive;
 *  - archives a retired built-in task only when the coach never touched it and no decision or
 *    logged time points at it; otherwise it stays as it is, so nothing decided is hidden.
 * Decisions and custom tasks are never written.
 */
export async function refreshCatalog(now: number): Promise<{ reworded: number; archived: number }> {
  const { FORMER_WORDINGS } = await import('@/domain/catalogWording')
  return db.transaction('rw', [db.tasks, db.decisions, db.timeEntries], async () => {
    const changed: Task[] = []
    for (const task of await db.tasks.bulkGet(TASK_CATALOG.map((t) => t.id))) {
      const next = task && reworded(task, now, FORMER_WORDINGS)
      if (next) changed.push(next)
    }
    const rewordedCount = changed.length
    for (const task of await db.tasks.bulkGet(RETIRED_CATALOG.map((t) => t.id))) {
      if (!task || task.origin !== 'catalog' || task.archived || task.updatedAt !== task.createdAt) continue
      const decided = await db.decisions
        .where('taskId')
        .equals(task.id)
        .filter((d) => d.choice !== 'undecided')
        .count()
      const logged = await db.timeEntries.where('taskId').equals(task.id).count()
      if (!decided && !logged) changed.push(validate(taskSchema, 'task', { ...task, archived: true, updatedAt: now }))
    }
    if (changed.length) await db.tasks.bulkPut(changed)
    return { reworded: rewordedCount, archived: changed.length - rewordedCount }
  })
}
