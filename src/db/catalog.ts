import { catalogSortOrder, TASK_CATALOG } from '@/domain/taskCatalog'
import { taskSchema, type Task } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db } from './database'

/**
 * Adds the built-in tasks this device does not have yet, in one transaction. Idempotent and
 * safe to run in several tabs at once; it never overwrites a stored task, so a coach's edits,
 * re-bucketing and archiving of catalog tasks survive, and new catalog entries in a later
 * release simply appear. Returns how many tasks were added.
 */
export async function ensureCatalog(now = Date.now()): Promise<number> {
  return db.transaction('rw', db.tasks, async () => {
    const ids = TASK_CATALOG.map((t) => t.id)
    const stored = await db.tasks.bulkGet(ids)
    const missing: Task[] = []
    TASK_CATALOG.forEach((entry, index) => {
      if (stored[index]) return
      missing.push(validate(taskSchema, 'task', {
        ...entry, origin: 'catalog', archived: false, sortOrder: catalogSortOrder(index), createdAt: now, updatedAt: now,
      }))
    })
    if (missing.length) await db.tasks.bulkAdd(missing)
    return missing.length
  })
}

let started: Promise<number> | undefined

/** ensureCatalog once per page load (the router guard calls this before the first screen). */
export function ensureCatalogOnce(): Promise<number> {
  started ??= ensureCatalog().catch((e: unknown) => { started = undefined; throw e })
  return started
}
