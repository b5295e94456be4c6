import { registerUnsavedText } from '@/db/pendingSaves'

/**
 * Meeting text that could not be saved yet because it is over its limit, by task and field, so
 * moving to another task and back brings it back (with its message) instead of losing it.
 * Kept for this page's life only: nothing over a limit is ever stored.
 */
export const unsavedText = new Map<string, string>()

// An app update must not reload the page over it.
registerUnsavedText(() => unsavedText.size > 0)
