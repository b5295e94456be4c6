import { liveQuery } from 'dexie'
import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { describeStorageError } from './errors'

export interface LiveResult<T> {
  /** The answer for the current inputs; undefined until it arrives (and again when the inputs change). */
  data: Ref<T | undefined>
  /** True once the answer (or an error) for the current inputs has arrived. */
  ready: Ref<boolean>
  error: Ref<string | null>
}

/**
 * Runs a Dexie query for `inputs` and re-runs it whenever the tables it read change, in this
 * tab or another one. Views read data this way instead of copying it into a store, so every
 * screen shows what is really stored.
 *
 * `inputs` is a ref, a getter or a plain value of JSON-like data (ids, dates; `null` for none).
 * When it changes (compared by value, so a recomputed but equal object does nothing) the
 * result goes back to not ready and the query is subscribed again; an answer still arriving
 * for the old inputs is dropped, so a caller never sees one input's answer under another.
 */
export function useLiveQuery<I, T>(inputs: MaybeRefOrGetter<I>, query: (inputs: I) => T | Promise<T>): LiveResult<T> {
  const data = shallowRef<T | undefined>(undefined)
  const ready = ref(false)
  const error = ref<string | null>(null)
  let subscription: { unsubscribe(): void } | undefined
  let generation = 0

  const subscribe = (value: I) => {
    subscription?.unsubscribe()
    const mine = ++generation
    data.value = undefined
    ready.value = false
    error.value = null
    subscription = liveQuery(() => query(value)).subscribe({
      next: (answer) => {
        if (mine !== generation) return
        data.value = answer
        ready.value = true
        error.value = null
      },
      error: (e: unknown) => {
        if (mine !== generation) return
        error.value = describeStorageError(e)
        ready.value = true
      },
    })
  }

  let key = JSON.stringify(toValue(inputs) ?? null)
  subscribe(toValue(inputs))
  watch(
    () => toValue(inputs),
    (value) => {
      const next = JSON.stringify(value ?? null)
      if (next === key) return
      key = next
      subscribe(value)
    },
    { deep: true },
  )
  onScopeDispose(() => {
    generation++
    subscription?.unsubscribe()
  })
  return { data, ready, error }
}
