import { sentence } from '@/domain/sentence'
import { RecordValidationError } from '@/domain/validation'

/** Sentences for the storage failures a coach can meet; shared by the error mapper and the lifecycle watcher. */
export const STORAGE_MESSAGES = {
  quota:
    'This device has run out of storage space, so the last change was not saved. Free some space (or export a backup from Data) and try again; everything saved before is safe.',
  olderTab:
    'Coach Role Planner is open in another tab with an older version. Close the other tabs and reload this page; nothing saved has been lost.',
  blocked:
    'Coach Role Planner is updating how it stores your data, but another tab still has the old version open. Close the other Coach Role Planner tabs; this page continues by itself. Nothing saved has been lost.',
  upgradedElsewhere: 'Coach Role Planner was updated in another tab. Reload this page to keep working; nothing saved has been lost.',
  deletedElsewhere:
    'The data of Coach Role Planner was deleted in another tab or by the browser. Reload this page; if you have a backup, restore it from the Data page.',
  unavailable:
    'This browser will not let the app store data (private browsing can do this). Open the app in a normal window to keep your work.',
  readOnly:
    'The browser refused to save (the storage is read-only or was closed). Reload the page and try again; everything saved before is safe.',
} as const

function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current = error as { name?: unknown; inner?: unknown; failures?: unknown[] } | null
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current.name === 'string') names.push(current.name)
    // A BulkError carries the failures of single records; the first one tells what went wrong.
    const failure = Array.isArray(current.failures) ? current.failures[0] : undefined
    current = (current.inner ?? failure ?? null) as typeof current
  }
  return names
}

/** Turns anything a write can throw into a sentence a coach can act on. */
export function describeStorageError(error: unknown): string {
  if (error instanceof RecordValidationError) return error.message
  const names = errorNames(error)
  const has = (...candidates: string[]) => candidates.some((c) => names.includes(c))
  if (has('QuotaExceededError')) return STORAGE_MESSAGES.quota
  if (has('VersionError', 'UpgradeError', 'BlockedError')) return STORAGE_MESSAGES.olderTab
  if (has('MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'SecurityError')) return STORAGE_MESSAGES.unavailable
  if (has('DatabaseClosedError', 'ReadOnlyError')) return STORAGE_MESSAGES.readOnly
  if (has('ConstraintError')) return 'That record already exists, so nothing was changed.'
  return error instanceof Error && error.message ? `The change was not saved. ${sentence(error.message)}` : 'Could not save the change.'
}
