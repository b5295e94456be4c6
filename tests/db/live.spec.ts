import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { db } from '@/db/database'
import { useLiveQuery } from '@/db/live'
import { freshSetup } from './support'

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('useLiveQuery', () => {
  it('resets to not ready when its inputs change, then answers for the new inputs', async () => {
    await freshSetup()
    const scope = effectScope()
    const which = ref('a')
    const live = scope.run(() => useLiveQuery(which, async (w) => `${w}:${await db.schools.count()}`))!
    await until(() => live.ready.value)
    expect(live.data.value).toBe('a:1')
    which.value = 'b'
    await nextTick()
    expect(live.ready.value).toBe(false)
    expect(live.data.value).toBeUndefined()
    await until(() => live.ready.value)
    expect(live.data.value).toBe('b:1')
    scope.stop()
  })

  it('ignores a late answer for the old inputs', async () => {
    await freshSetup()
    const scope = effectScope()
    const which = ref('slow')
    let release!: () => void
    const slow = new Promise<void>((r) => (release = r))
    const live = scope.run(() =>
      useLiveQuery(which, async (w) => {
        if (w === 'slow') await slow
        await db.schools.count()
        return w
      }),
    )!
    await nextTick()
    which.value = 'fast'
    await until(() => live.ready.value)
    expect(live.data.value).toBe('fast')
    release()
    await new Promise((r) => setTimeout(r, 50))
    expect(live.data.value).toBe('fast')
    scope.stop()
  })

  it('reports an error', async () => {
    await freshSetup()
    const scope = effectScope()
    const live = scope.run(() =>
      useLiveQuery(null, async () => {
        throw new Error('broken')
      }),
    )!
    await until(() => live.ready.value)
    expect(live.error.value).toBeTruthy()
    expect(live.data.value).toBeUndefined()
    scope.stop()
  })

  it('does not resubscribe for equal inputs, and stops answering once its scope is disposed', async () => {
    await freshSetup()
    const scope = effectScope()
    const where = ref({ id: 'x' })
    let runs = 0
    const live = scope.run(() =>
      useLiveQuery(where, async () => {
        runs++
        return db.schools.count()
      }),
    )!
    await until(() => live.ready.value)
    where.value = { id: 'x' }
    await nextTick()
    expect(live.ready.value).toBe(true)
    scope.stop()
    const before = runs
    await db.schools.put({ ...(await db.schools.toCollection().first())!, name: 'Renamed', updatedAt: Date.now() })
    await new Promise((r) => setTimeout(r, 50))
    expect(runs).toBe(before)
    expect(live.data.value).toBe(1)
  })
})
