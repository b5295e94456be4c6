import { liveQuery } from 'dexie'
import { onScopeDispose, ref, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { describeStorageError } from './errors'

export interface LiveResult<T> {
  /** Latest result; undefined until the first answer arrives. */
  data: Ref<T | undefined>
  /** True once the first answer (or error) has arrived. */
  ready: Ref<boolean>
  error: Ref<string | null>
}

/**
 * Runs a Dexie query and re-runs it whenever the tables it read change, in this tab or
 * another one. When `deps` change the query is re-subscribed. Views read data this way
 * instead of copying it into a store, so every screen shows what is really stored.
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, deps: WatchSource[] = []): LiveResult<T> {
  const data = shallowRef<T | undefined>(undefined)
  const ready = ref(false)
  const error = ref<string | null>(null)
  let subscription: { unsubscribe(): void } | undefined

  const subscribe = () => {
    subscription?.unsubscribe()
    subscription = liveQuery(query).subscribe({
      next: (value) => {
        data.value = value
        ready.value = true
        error.value = null
      },
      error: (e: unknown) => {
        error.value = describeStorageError(e)
        ready.value = true
      },
    })
  }

  subscribe()
  if (deps.length) watch(deps, subscribe)
  onScopeDispose(() => subscription?.unsubscribe())
  return { data, ready, error }
}
