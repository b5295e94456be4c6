import type { z } from 'zod'
import { BackupProblem, describePath, formatPath } from './problems'
import { CURRENT_FORMAT_VERSION, FORMAT_UPGRADES, type FormatUpgrade } from './format'

import { sentence } from '../sentence'

export { sentence }

/** Whether the value at `path` is absent from `input` (rather than present with a wrong type). */
function isMissing(input: unknown, path: PropertyKey[]): boolean {
  let value = input
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return false
    if (!Object.hasOwn(value, part)) return true
    value = (value as Record<PropertyKey, unknown>)[part]
  }
  return value === undefined
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return ` (expected ${issue.expected})`
  if (issue.code === 'invalid_value') return ` (expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`
  return ''
}

/** The first zod issue as a BackupProblem naming where in the file it is and what was expected. */
export function problemFromZod(error: z.ZodError, prefix = '', input?: unknown): BackupProblem {
  const issue = error.issues[0]!
  // A union with its own message says it best; otherwise its first inner failure names the real field.
  let deepest: z.core.$ZodIssue = issue
  while (deepest.code === 'invalid_union' && /^Invalid input\.?$/.test(deepest.message) && deepest.errors[0]?.[0]) {
    const inner = deepest.errors[0][0]
    deepest = { ...inner, path: [...deepest.path, ...inner.path] }
  }
  const path = [...deepest.path]
  const message = isMissing(input, path) ? `This value is missing${expectation(deepest)}.` : deepest.message
  const count = error.issues.length - 1
  const more = count > 0 ? ` The file has ${count} more problem${count > 1 ? 's' : ''} after this one.` : ''
  return new BackupProblem(`${prefix}In ${describePath(path)}: ${sentence(message)}${more}`, formatPath(path), 'invalid')
}

/**
 * Brings a parsed file of format `version` up to the current format, step by step, checking
 * the file against each step's frozen schema first so every upgrade only sees what it expects.
 */
export function upgradeFormat(
  file: unknown,
  version: number,
  upgrades: FormatUpgrade[] = FORMAT_UPGRADES,
  current: number = CURRENT_FORMAT_VERSION,
): unknown {
  let value = file
  for (let v = version; v < current; v++) {
    const step = upgrades.find((u) => u.from === v)
    if (!step) throw new BackupProblem(`Files in format ${v} cannot be upgraded by this version of the app.`, 'formatVersion', 'version')
    const checked = step.schema.safeParse(value)
    if (!checked.success) throw problemFromZod(checked.error, `This format ${v} file is damaged. `, value)
    value = step.upgrade(checked.data)
  }
  return value
}
