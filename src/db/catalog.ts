import { RETIRED_CATALOG, TASK_CATALOG } from '@/domain/taskCatalog'
import { taskSchema, type Task } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db } from './database'

export interface CatalogUpgrade {
  /** Built-in tasks this device did not have. */
  added: number
  /** Built-in tasks whose untouched wording took the current one. */
  reworded: number
  /** Retired built-in tasks nothing pointed at, archived (never deleted). */
  archived: number
}

/**
 * The catalog's upgrade path. Idempotent and safe in several tabs at once. Adds, in one
 * transaction, the built-in tasks this device does not have yet, so new entries in a later
 * release simply appear; it never overwrites a stored task. Where a stored built-in task is
 * worded differently from today, or a retired one is still in use, `refreshCatalog` (loaded
 * only then, to keep the first screen small) rewords untouched tasks and archives an unused
 * retired one. Decisions and custom tasks are never written; signed versions read their snapshot.
 */
export async function upgradeCatalog(now = Date.now()): Promise<CatalogUpgrade> {
  const { added, refresh } = await db.transaction('rw', db.tasks, async () => {
    const stored = await db.tasks.bulkGet(TASK_CATALOG.map((t) => t.id))
    const missing: Task[] = []
    let refresh = false
    TASK_CATALOG.forEach((entry, index) => {
      const task = stored[index]
      if (task) {
        refresh ||= task.title !== entry.title || task.description !== entry.description
        return
      }
      missing.push(
        validate(taskSchema, 'task', {
          id: entry.id,
          title: entry.title,
          description: entry.description,
          bucket: entry.bucket,
          sortOrder: entry.sortOrder,
          origin: 'catalog',
          archived: false,
          createdAt: now,
          updatedAt: now,
        }),
      )
    })
    if (missing.length) await db.tasks.bulkAdd(missing)
    const retired = await db.tasks.bulkGet(RETIRED_CATALOG.map((t) => t.id))
    refresh ||= retired.some((t) => t && !t.archived && t.updatedAt === t.createdAt)
    return { added: missing.length, refresh }
  })
  if (!refresh) return { added, reworded: 0, archived: 0 }
  const { refreshCatalog } = await import('./catalogUpgrade')
  return { added, ...(await refreshCatalog(now)) }
}

/** Adds what is missing and brings the built-in list up to date; returns how many tasks were added. */
export async function ensureCatalog(now = Date.now()): Promise<number> {
  return (await upgradeCatalog(now)).added
}

let started: Promise<number> | undefined

/** ensureCatalog once per page load (the router guard calls this before the first screen). */
export function ensureCatalogOnce(): Promise<number> {
  started ??= ensureCatalog().catch((e: unknown) => {
    started = undefined
    throw e
  })
  return started
}
