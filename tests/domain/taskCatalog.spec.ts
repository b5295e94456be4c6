import { describe, expect, it } from 'vitest'
import { BUCKETS } from '@/domain/buckets'
import { taskSchema } from '@/domain/schemas'
import { catalogSortOrder, CUSTOM_SORT_START, TASK_CATALOG } from '@/domain/taskCatalog'

describe('the task catalog', () => {
  it('has at least 50 tasks with unique, stable-looking ids and unique titles', () => {
    expect(TASK_CATALOG.length).toBeGreaterThanOrEqual(50)
    expect(new Set(TASK_CATALOG.map((t) => t.id)).size).toBe(TASK_CATALOG.length)
    expect(new Set(TASK_CATALOG.map((t) => t.title.toLowerCase())).size).toBe(TASK_CATALOG.length)
    for (const t of TASK_CATALOG) expect(t.id).toMatch(new RegExp(`^cat-${t.bucket}-[a-z0-9-]+$`))
  })

  it('names the four tasks principals most often help coaches say no to, as other duties', () => {
    for (const title of ['Leading PLCs', 'Conducting walk-throughs', 'Overseeing state testing', 'Designing and leading workshops']) {
      expect(TASK_CATALOG.find((t) => t.title === title)?.bucket, title).toBe('other')
    }
  })

  it('covers every bucket with several tasks, grouped in bucket order', () => {
    for (const b of BUCKETS) expect(TASK_CATALOG.filter((t) => t.bucket === b).length).toBeGreaterThanOrEqual(8)
    const order = TASK_CATALOG.map((t) => BUCKETS.indexOf(t.bucket))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(TASK_CATALOG.find((t) => t.id === 'cat-coaching-goal-setting')?.title).toBe('Goal-setting conversations')
  })

  it('every entry is a valid stored task, with a description, sorted before custom tasks', () => {
    TASK_CATALOG.forEach((t, i) => {
      expect(t.description.length, t.id).toBeGreaterThan(20)
      const parsed = taskSchema.safeParse({ ...t, origin: 'catalog', archived: false, sortOrder: catalogSortOrder(i), createdAt: 0, updatedAt: 0 })
      expect(parsed.success, t.id).toBe(true)
      expect(catalogSortOrder(i)).toBeLessThan(CUSTOM_SORT_START)
    })
  })
})
