import { defineStore } from 'pinia'
import { ref } from 'vue'
import { persistWhenInstalled, requestPersistence as askForPersistence, type PersistenceState } from '@/pwa/persistence'

export type { PersistenceState }

/** UI state that belongs to no single screen: storage persistence and the status message. */
export const useAppStore = defineStore('app', () => {
  const persistence = ref<PersistenceState>('unknown')
  const status = ref<{ kind: 'success' | 'danger' | 'info'; text: string } | null>(null)

  /** Reads the browser's answer; an installed app also asks for persistence (see src/pwa/persistence.ts). */
  async function checkPersistence(): Promise<void> {
    persistence.value = await persistWhenInstalled()
  }

  /** Asks the browser not to evict our data under storage pressure. */
  async function requestPersistence(): Promise<void> {
    persistence.value = await askForPersistence()
  }

  function announce(kind: 'success' | 'danger' | 'info', text: string): void {
    status.value = { kind, text }
  }

  return { persistence, status, checkPersistence, requestPersistence, announce }
})
