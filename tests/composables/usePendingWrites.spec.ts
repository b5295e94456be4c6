import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { usePendingWrites } from '@/composables/usePendingWrites'

/** A stored map the test changes by hand, standing in for a live query's answer. */
function setup() {
  const stored = shallowRef(new Map<string, number>())
  const scope = effectScope()
  const pending = scope.run(() =>
    usePendingWrites<string, number>({ stored, caughtUp: (key, entry) => stored.value.get(key) === entry.value }),
  )!
  const store = async (key: string, value: number) => {
    stored.value = new Map(stored.value).set(key, value)
    await nextTick()
  }
  return { stored, pending, store, scope }
}

describe('usePendingWrites', () => {
  it('shows a value at once and keeps it until the write settled and the store caught up', async () => {
    const { pending, store } = setup()
    const write = pending.show('a', 2)
    expect(pending.valueOf('a')).toBe(2)
    await store('a', 2) // the store has it, but the write has not resolved yet
    expect(pending.valueOf('a')).toBe(2)
    write.settle()
    expect(pending.valueOf('a')).toBeUndefined()
  })

  it('a write that settles before the store catches up stays shown until it does', async () => {
    const { pending, store } = setup()
    pending.show('a', 3).settle()
    expect(pending.valueOf('a')).toBe(3)
    await store('a', 1) // another value arrives first: still ours on screen
    expect(pending.valueOf('a')).toBe(3)
    await store('a', 3)
    expect(pending.entries.size).toBe(0)
  })

  it('an older write neither settles nor withdraws a newer one for the same key', async () => {
    const { pending, store } = setup()
    const first = pending.show('a', 1)
    const second = pending.show('a', 2)
    await store('a', 1) // the first write's echo
    first.settle()
    expect(pending.valueOf('a')).toBe(2)
    first.withdraw()
    expect(pending.valueOf('a')).toBe(2)
    second.settle()
    expect(pending.valueOf('a')).toBe(2)
    await store('a', 2)
    expect(pending.valueOf('a')).toBeUndefined()
  })

  it('a refused write puts the stored value back, and keys are independent', () => {
    const { pending } = setup()
    const a = pending.show('a', 1)
    pending.show('b', 5)
    a.withdraw()
    expect(pending.valueOf('a')).toBeUndefined()
    expect(pending.valueOf('b')).toBe(5)
  })

  it('passes what the write stored to caughtUp', async () => {
    const rows = shallowRef<{ key: string; updatedAt: number }[]>([])
    const pending = effectScope().run(() =>
      usePendingWrites<string, string>({
        stored: rows,
        caughtUp: (key, entry) => rows.value.some((r) => r.key === key && entry.stamp !== undefined && r.updatedAt >= entry.stamp),
      }),
    )!
    pending.show('t1', 'will').settle(20)
    rows.value = [{ key: 't1', updatedAt: 10 }] // an older row: not caught up
    await nextTick()
    expect(pending.valueOf('t1')).toBe('will')
    rows.value = [{ key: 't1', updatedAt: 20 }]
    await nextTick()
    expect(pending.valueOf('t1')).toBeUndefined()
  })
})
