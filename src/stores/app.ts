import { defineStore } from 'pinia'
import { ref } from 'vue'

export type PersistenceState = 'unknown' | 'persisted' | 'best-effort' | 'unsupported'

/** UI state that belongs to no single screen: storage persistence and the status message. */
export const useAppStore = defineStore('app', () => {
  const persistence = ref<PersistenceState>('unknown')
  const status = ref<{ kind: 'success' | 'danger' | 'info'; text: string } | null>(null)

  async function checkPersistence(): Promise<void> {
    if (!navigator.storage?.persisted) { persistence.value = 'unsupported'; return }
    persistence.value = (await navigator.storage.persisted()) ? 'persisted' : 'best-effort'
  }

  /** Asks the browser not to evict our data under storage pressure. */
  async function requestPersistence(): Promise<void> {
    if (!navigator.storage?.persist) { persistence.value = 'unsupported'; return }
    try {
      persistence.value = (await navigator.storage.persist()) ? 'persisted' : 'best-effort'
    } catch {
      persistence.value = 'best-effort'
    }
  }

  function announce(kind: 'success' | 'danger' | 'info', text: string): void {
    status.value = { kind, text }
  }

  return { persistence, status, checkPersistence, requestPersistence, announce }
})
