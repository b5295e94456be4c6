import { defineStore } from 'pinia'
import { ref } from 'vue'

export type PersistenceState = 'unknown' | 'persisted' | 'best-effort' | 'unsupported'

export type StatusKind = 'success' | 'danger' | 'info'
export interface StatusNote { kind: StatusKind; text: string; /** The page that made it: shown there only. */ path: string }

/** How long a confirmation stays before it fades; errors stay until dismissed or the page is left. */
export const CONFIRMATION_MS = 8000

/** UI state that belongs to no single screen: storage persistence and the status message. */
export const useAppStore = defineStore('app', () => {
  const persistence = ref<PersistenceState>('unknown')
  const status = ref<StatusNote | null>(null)
  let fading: ReturnType<typeof setTimeout> | undefined

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

  function clearStatus(): void {
    clearTimeout(fading)
    status.value = null
  }

  /** A message for the page now shown; confirmations fade by themselves, errors stay. */
  function announce(kind: StatusKind, text: string): void {
    clearTimeout(fading)
    status.value = { kind, text, path: location.pathname }
    if (kind !== 'danger') holdStatus(false)
  }

  /** While the pointer or focus is on a confirmation it stays (held = true); it fades once let go. */
  function holdStatus(held: boolean): void {
    clearTimeout(fading)
    if (!held && status.value && status.value.kind !== 'danger') fading = setTimeout(clearStatus, CONFIRMATION_MS)
  }

  return { persistence, status, checkPersistence, requestPersistence, announce, clearStatus, holdStatus }
})
