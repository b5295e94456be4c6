import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PersistenceState } from '@/pwa/persistence'

export type { PersistenceState }

export type StatusKind = 'success' | 'danger' | 'info'
export interface StatusNote {
  kind: StatusKind
  text: string
  /** The page that made it: shown there only. */ path: string
}

/** How long a confirmation stays before it fades; errors stay until dismissed or the page is left. */
export const CONFIRMATION_MS = 6000
/** The fade itself (none when the coach prefers reduced motion: see StatusMessage). */
export const FADE_MS = 400

/** UI state that belongs to no single screen: storage persistence and the status message. */
export const useAppStore = defineStore('app', () => {
  const persistence = ref<PersistenceState>('unknown')
  const status = ref<StatusNote | null>(null)
  /** True while a confirmation fades out, just before it goes. */
  const leaving = ref(false)
  /** The page on screen, kept by StatusMessage from the router (location lags in tests' memory history). */
  const page = ref(location.pathname)
  let fading: ReturnType<typeof setTimeout> | undefined

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

  function clearStatus(): void {
    clearTimeout(fading)
    leaving.value = false
    status.value = null
  }

  /** A message for the page now shown; confirmations fade by themselves, errors stay. */
  function announce(kind: StatusKind, text: string): void {
    clearTimeout(fading)
    status.value = { kind, text, path: page.value }
    if (kind !== 'danger') holdStatus(false)
  }

  /** While the pointer or focus is on a confirmation it stays (held = true); it fades once let go. */
  function holdStatus(held: boolean): void {
    clearTimeout(fading)
    leaving.value = false
    if (held || !status.value || status.value.kind === 'danger') return
    fading = setTimeout(() => {
      leaving.value = true
      fading = setTimeout(clearStatus, FADE_MS)
    }, CONFIRMATION_MS)
  }

  return {
    persistence,
    status,
    leaving,
    page,
    checkPersistence,
    requestPersistence,
    persistWhenInstalled,
    announce,
    clearStatus,
    holdStatus,
  }
})
