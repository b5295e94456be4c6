import type { CatalogTask } from './taskCatalog'

/**
 * The words of the notes the meeting shows with a built-in task. Kept apart from the catalog so
 * they load with the first task that has one, not with the first screen.
 */
export const CAUTIONS = {
  'quasi-admin':
    'Caution: this puts the coach in the role of an administrator. Teachers who see the coach judging their work may stop inviting the coach in.',
  'required-coaching':
    'Caution: required coaching clashes with choice and confidentiality. Agree whose goal it is and what, if anything, the administrator hears.',
} as const
export const DATA_TIME =
  'Watch the hours: more than about 15% of the week on data and testing work is a warning sign that it is crowding out coaching.'
export const EVALUATIVE_CONFLICT =
  'This conflicts with both built-in confidentiality policies: under either one, the coach shares nothing evaluative about a teacher.'
export const SUGGESTED_WILL = 'Suggested: will do. The agreement depends on these meetings; the two of you still decide.'

export interface GuidanceNote {
  kind: 'caution' | 'hint'
  text: string
}

/** The notes for one catalog entry, cautions first. */
export function guidanceNotes(entry: CatalogTask | undefined): GuidanceNote[] {
  if (!entry) return []
  const notes: GuidanceNote[] = []
  if (entry.caution) notes.push({ kind: 'caution', text: CAUTIONS[entry.caution] })
  if (entry.conflictsWith?.length) notes.push({ kind: 'caution', text: EVALUATIVE_CONFLICT })
  if (entry.hint === 'data-time') notes.push({ kind: 'hint', text: DATA_TIME })
  if (entry.suggested === 'will') notes.push({ kind: 'hint', text: SUGGESTED_WILL })
  return notes
}
