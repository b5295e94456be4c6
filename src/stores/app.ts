import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PersistenceState } from '@/pwa/persistence'

export type { PersistenceState }

/** UI state that belongs to no single screen: storage persistence and the status message. */
export const useAppStore = defineStore('app', () => {
  const persistence = ref<PersistenceState>('unknown')
  const status = ref<{ kind: 'success' | 'danger' | 'info'; text: string } | null>(null)

  // src/pwa/persistence.ts is loaded when first needed (Settings, or the installed app's start),
  // not with the first screen.
  async function checkPersistence(): Promise<void> {
    persistence.value = await (await import('@/pwa/persistence')).readPersistence()
  }

  /** Asks the browser not to evict our data under storage pressure. */
  async function requestPersistence(): Promise<void> {
    persistence.value = await (await import('@/pwa/persistence')).requestPersistence()
  }

  /** The installed app asks for persistence on start; in a tab this only reads the answer. */
  async function persistWhenInstalled(): Promise<void> {
    persistence.value = await (await import('@/pwa/persistence')).persistWhenInstalled()
  }

  function announce(kind: 'success' | 'danger' | 'info', text: string): void {
    status.value = { kind, text }
  }

  return { persistence, status, checkPersistence, requestPersistence, persistWhenInstalled, announce }
})
