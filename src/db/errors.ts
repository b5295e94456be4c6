import { RecordValidationError } from '@/domain/validation'

/** Turns anything a write can throw into a sentence a coach can act on. */
export function describeStorageError(error: unknown): string {
  if (error instanceof RecordValidationError) return error.message
  const name = (error as { name?: string } | null)?.name ?? ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'This device has run out of storage space, so the last change was not saved. Free some space (or export a backup from Data) and try again; everything saved before is safe.'
  }
  if (name === 'VersionError' || name === 'UpgradeError' || name === 'DatabaseClosedError' || name === 'BlockedError') {
    return 'Coach Role Planner is open in another tab with an older version. Close the other tabs and reload this page; nothing saved has been lost.'
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError') {
    return 'This browser will not let the app store data (private browsing can do this). Open the app in a normal window to keep your work.'
  }
  if (name === 'ConstraintError') return 'That record already exists, so nothing was changed.'
  return error instanceof Error && error.message ? `Could not save: ${error.message}` : 'Could not save the change.'
}
