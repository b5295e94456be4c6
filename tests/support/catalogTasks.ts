import type { Task } from '@/domain/schemas'
import { TASK_CATALOG } from '@/domain/taskCatalog'

/** The built-in task list as stored task records (none archived), for pure builders that take tasks. */
export function catalogTasks(): Task[] {
  return TASK_CATALOG.map((t) => ({
    id: t.id,
    title: t.title,
    description: t.description,
    bucket: t.bucket,
    origin: 'catalog',
    archived: false,
    sortOrder: t.sortOrder,
    createdAt: 1,
    updatedAt: 1,
  }))
}
