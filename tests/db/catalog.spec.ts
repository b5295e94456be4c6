import { beforeEach, describe, expect, it } from 'vitest'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { saveTask } from '@/db/repository'
import { TASK_CATALOG } from '@/domain/taskCatalog'

describe('ensureCatalog', () => {
  beforeEach(async () => { await db.delete(); await db.open() })

  it('adds every catalog task once, in catalog order, and is idempotent', async () => {
    expect(await ensureCatalog()).toBe(TASK_CATALOG.length)
    expect(await ensureCatalog()).toBe(0)
    const tasks = await db.tasks.orderBy('sortOrder').toArray()
    expect(tasks.map((t) => t.id)).toEqual(TASK_CATALOG.map((t) => t.id))
    expect(tasks.every((t) => t.origin === 'catalog' && !t.archived)).toBe(true)
  })

  it('never overwrites a stored task and restores only what is missing', async () => {
    await ensureCatalog()
    const plcs = (await db.tasks.get('cat-other-leading-plcs'))!
    await saveTask({ ...plcs, bucket: 'coaching', archived: true })
    await db.tasks.delete('cat-coaching-goal-setting')
    expect(await ensureCatalog()).toBe(1)
    expect(await db.tasks.get('cat-other-leading-plcs')).toMatchObject({ bucket: 'coaching', archived: true })
    expect(await db.tasks.get('cat-coaching-goal-setting')).toMatchObject({ title: 'Goal-setting conversations' })
  })

  it('is safe when two tabs run it at the same time', async () => {
    const [a, b] = await Promise.all([ensureCatalog(), ensureCatalog()])
    expect(a + b).toBe(TASK_CATALOG.length)
    expect(await db.tasks.count()).toBe(TASK_CATALOG.length)
  })
})
