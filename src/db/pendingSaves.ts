import { whenWritesSettled, writesInFlight } from './writesInFlight'

/**
 * What an app update must wait for before it reloads the page (src/stores/appUpdate.ts): saves
 * that wait for a pause in typing, writes still running, and text that cannot be saved yet.
 * Screens register here when they load, so none of this is first-screen code.
 */
/** Saves that wait for a pause in typing (agreement sections): an update flushes them first. */
const flushers = new Set<() => Promise<void>>()
/** Text a screen holds but cannot save yet (over its limit, or changed in another tab). */
const unsavedChecks = new Set<() => boolean>()

export function registerSaveFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush)
  return () => flushers.delete(flush)
}

export function registerUnsavedText(check: () => boolean): () => void {
  unsavedChecks.add(check)
  return () => unsavedChecks.delete(check)
}

export function hasUnsavedText(): boolean {
  return [...unsavedChecks].some((check) => check())
}

/**
 * Starts every delayed save, then waits until no write is running and none starts within a
 * short pause (a blur handler may start one just after the click that asked for the reload).
 */
export async function settleSaves(quietMs = 150): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush().catch(() => undefined)))
  for (;;) {
    await whenWritesSettled()
    await new Promise((resolve) => setTimeout(resolve, quietMs))
    if (writesInFlight() === 0) return
  }
}
