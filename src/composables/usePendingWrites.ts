import { reactive, watch, type WatchSource } from 'vue'

/** A value shown before its write lands. */
export interface PendingWrite<V> {
  value: V
  /** Orders writes: only the latest one for a key may settle or withdraw it. */
  seq: number
  /** True once the write has resolved; the entry stays until the stored data has caught up. */
  settled: boolean
  /** What the write stored (a timestamp, say), for `caughtUp` to compare against. */
  stamp?: number
}

export interface PendingWriteHandle {
  /** The write landed: drop the entry as soon as the stored data shows it. */
  settle(stamp?: number): void
  /** The write was refused or failed: show the stored value again. */
  withdraw(): void
}

/**
 * The "show before the write lands" layer: a screen shows a value the moment it is typed or chosen,
 * writes it, and reads the stored answer again once the live query has caught up. An entry belongs to
 * the latest write for its key, so an older write's echo never flickers the screen back to what was
 * there before, and a refused write puts the stored value back.
 *
 * `caughtUp(key, entry)` says whether the stored data already holds a settled entry; it is asked
 * whenever `stored` changes and when a write settles.
 */
export function usePendingWrites<K, V>(options: { stored: WatchSource; caughtUp: (key: K, entry: PendingWrite<V>) => boolean }) {
  const entries = reactive(new Map()) as Map<K, PendingWrite<V>>
  let seq = 0

  function sweep() {
    for (const [key, entry] of entries) if (entry.settled && options.caughtUp(key, entry)) entries.delete(key)
  }
  watch(options.stored, sweep)

  /** Shows `value` for `key` at once, in this very event turn. */
  function show(key: K, value: V): PendingWriteHandle {
    const mine = ++seq
    entries.set(key, { value, seq: mine, settled: false })
    const latest = () => {
      const entry = entries.get(key)
      return entry?.seq === mine ? entry : undefined
    }
    return {
      settle(stamp) {
        const entry = latest()
        if (!entry) return
        entry.settled = true
        entry.stamp = stamp
        sweep()
      },
      withdraw() {
        if (latest()) entries.delete(key)
      },
    }
  }

  return {
    /** The values shown ahead of the store, by key (reactive: reading it tracks changes). */
    entries: entries as ReadonlyMap<K, Readonly<PendingWrite<V>>>,
    /** The value shown ahead of the store for `key`, if any. */
    valueOf: (key: K): V | undefined => entries.get(key)?.value,
    show,
  }
}
