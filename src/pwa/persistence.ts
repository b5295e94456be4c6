/**
 * Persistent storage: the browser's promise not to clear this app's data to free space. Asked for
 * when the app runs installed (a home-screen or desktop app), where browsers grant it; every
 * function answers with a state and never throws, whatever the browser does.
 */
export type PersistenceState = 'unknown' | 'persisted' | 'best-effort' | 'unsupported'

export interface PersistenceEnv {
  storage?: Partial<Pick<StorageManager, 'persist' | 'persisted'>>
  matchMedia?: (query: string) => { matches: boolean }
  /** iOS Safari's own flag for an app opened from the home screen. */
  standalone?: boolean
}

export function browserEnv(): PersistenceEnv {
  if (typeof navigator === 'undefined') return {}
  return {
    storage: navigator.storage,
    matchMedia: typeof window !== 'undefined' && window.matchMedia ? (q) => window.matchMedia(q) : undefined,
    standalone: (navigator as Navigator & { standalone?: boolean }).standalone,
  }
}

/** True when the app runs installed: its own window, not a browser tab. */
export function isInstalled(env: PersistenceEnv = browserEnv()): boolean {
  if (env.standalone === true) return true
  try {
    return ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'].some(
      (mode) => env.matchMedia?.(`(display-mode: ${mode})`).matches === true,
    )
  } catch {
    return false
  }
}

export async function readPersistence(env: PersistenceEnv = browserEnv()): Promise<PersistenceState> {
  if (!env.storage?.persisted) return 'unsupported'
  try {
    return (await env.storage.persisted()) ? 'persisted' : 'best-effort'
  } catch {
    return 'best-effort'
  }
}

export async function requestPersistence(env: PersistenceEnv = browserEnv()): Promise<PersistenceState> {
  if (!env.storage?.persist) return 'unsupported'
  try {
    return (await env.storage.persist()) ? 'persisted' : 'best-effort'
  } catch {
    return 'best-effort'
  }
}

/** Asks once the app is installed (and only if not granted yet); in a tab it only reads the state. */
export async function persistWhenInstalled(env: PersistenceEnv = browserEnv()): Promise<PersistenceState> {
  const now = await readPersistence(env)
  if (now !== 'best-effort' || !isInstalled(env)) return now
  return requestPersistence(env)
}
