import type { FormerWording } from '@/domain/catalogWording'
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
 * The catalog's upgrade path, in one transaction. Idempotent and safe in several tabs at once.
 *  - Adds the built-in tasks this device does not have yet: new entries in a later release appear.
 *  - Rewords a built-in task only where its title or description is still an earlier built-in
 *    wording, so what the coach wrote, re-bucketing and archiving all survive.
 *  - Archives a retired built-in task only when the coach never touched it and no decision or
 *    logged time points at it; otherwise it stays as it is, so nothing decided is hidden.
 * Decisions and custom tasks are never written. Signed versions read their snapshot, so none changes.
 */
export async function upgradeCatalog(now = Date.now()): Promise<CatalogUpgrade> {
  // The earlier wordings load only on a device that may still hold one (a stored built-in task worded
  // differently from today), so a new or up-to-date device's first screen does not carry them.
  const worded = await db.tasks.bulkGet(TASK_CATALOG.map((t) => t.id))
  const differs = worded.some((t, i) => t && (t.title !== TASK_CATALOG[i]!.title || t.description !== TASK_CATALOG[i]!.description))
  const formerWordings = differs ? (await import('@/domain/catalogWording')).FORMER_WORDINGS : {}
  return db.transaction('rw', [db.tasks, db.decisions, db.timeEntries], async () => {
    const stored = await db.tasks.bulkGet(TASK_CATALOG.map((t) => t.id))
    const missing: Task[] = []
    const changed: Task[] = []
    TASK_CATALOG.forEach((entry, index) => {
      const task = stored[index]
      if (task) { const next = reworded(task, now, formerWordings); if (next) changed.push(next); return }
      missing.push(validate(taskSchema, 'task', {
        id: entry.id, title: entry.title, description: entry.description, bucket: entry.bucket, sortOrder: entry.sortOrder,
        origin: 'catalog', archived: false, createdAt: now, updatedAt: now,
      }))
    })
    let archived = 0
    for (const task of await db.tasks.bulkGet(RETIRED_CATALOG.map((t) => t.id))) {
      if (!task || task.origin !== 'catalog' || task.archived || task.updatedAt !== task.createdAt) continue
      const decided = await db.decisions.where('taskId').equals(task.id).filter((d) => d.choice !== 'undecided').count()
      const logged = await db.timeEntries.where('taskId').equals(task.id).count()
      if (decided || logged) continue
      changed.push(validate(taskSchema, 'task', { ...task, archived: true, updatedAt: now }))
      archived += 1
    }
    if (missing.length) await db.tasks.bulkAdd(missing)
    if (changed.length) await db.tasks.bulkPut(changed)
    return { added: missing.length, reworded: changed.length - archived, archived }
  })
}

/** Adds what is missing and brings the built-in list up to date; returns how many tasks were added. */
export async function ensureCatalog(now = Date.now()): Promise<number> {
  return (await upgradeCatalog(now)).added
}

let started: Promise<number> | undefined

/** ensureCatalog once per page load (the router guard calls this before the first screen). */
export function ensureCatalogOnce(): Promise<number> {
  started ??= ensureCatalog().catch((e: unknown) => { started = undefined; throw e })
  return started
}
