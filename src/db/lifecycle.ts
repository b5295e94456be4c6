import { db, type CoachDatabase } from './database'
import { describeStorageError, STORAGE_MESSAGES } from './errors'
import { trackWrites } from './writesInFlight'

/**
 * Watches the open database for the events another tab causes. When a newer version of the app
 * in another tab upgrades the database, or someone deletes it, this tab's connection is closed
 * (Dexie's default) and the coach is told to reload; when this tab's own upgrade waits for an
 * older tab, the coach is told to close that tab. Nothing saved is lost in either case.
 */
export function watchDatabase(database: CoachDatabase, report: (message: string) => void): void {
  database.on('versionchange', (event) => {
    report(event.newVersion ? STORAGE_MESSAGES.upgradedElsewhere : STORAGE_MESSAGES.deletedElsewhere)
  })
  database.on('blocked', () => report(STORAGE_MESSAGES.blocked))
}

/** Opens the database; resolves to null when it is usable or to a sentence saying why not. */
export async function openDatabase(database: CoachDatabase): Promise<string | null> {
  try {
    if (typeof indexedDB === 'undefined') return STORAGE_MESSAGES.unavailable
    await database.open()
    return null
  } catch (error) {
    return describeStorageError(error)
  }
}

/**
 * Starts the app's storage: watches for other tabs (before opening, so an older tab blocking
 * this tab's upgrade is reported during the open itself), tracks writes so an app update waits
 * for them (Dexie adds middleware on open), then opens. Resolves like `openDatabase`.
 */
export function startStorage(report: (message: string) => void): Promise<string | null> {
  watchDatabase(db, report)
  trackWrites(db)
  return openDatabase(db)
}
