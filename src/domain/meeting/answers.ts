/** What people type in the meeting: hours estimates, "who instead" suggestions, custom task titles. */
import { formatHours } from '../hours'

/** Hours as they appear in the input: "" for not estimated. */
export function hoursText(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '' : formatHours(hours)
}

/** Common answers offered before the meeting has produced any of its own. */
export const DEFAULT_INSTEAD_SUGGESTIONS: readonly string[] = Object.freeze([
  'Principal',
  'Assistant principal',
  'Classroom teachers',
  'Grade-level team leads',
  'Office staff',
  'Counselor',
  'Testing coordinator',
  'Interventionist',
  'Technology coordinator',
  'No one: the school stops doing it',
])

/**
 * Suggestions for "who will do it instead": earlier answers first (most used first), then the
 * defaults, without duplicates (ignoring case), narrowed to those containing `query`.
 */
export function insteadSuggestions(earlierAnswers: readonly string[], query = '', limit = 12): string[] {
  const counts = new Map<string, { text: string; n: number }>()
  for (const raw of earlierAnswers) {
    const text = raw.trim()
    if (!text) continue
    const key = text.toLocaleLowerCase()
    const seen = counts.get(key)
    if (seen) seen.n += 1
    else counts.set(key, { text, n: 1 })
  }
  const earlier = [...counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text)).map((e) => e.text)
  const all = [...earlier, ...DEFAULT_INSTEAD_SUGGESTIONS.filter((s) => !counts.has(s.toLocaleLowerCase()))]
  const q = query.trim().toLocaleLowerCase()
  return all.filter((s) => !q || (s.toLocaleLowerCase().includes(q) && s.toLocaleLowerCase() !== q)).slice(0, limit)
}

/** Custom task titles must be unique (ignoring case and spacing) so the lists stay unambiguous. */
export function normaliseTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase()
}
