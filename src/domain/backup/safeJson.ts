import { jsonErrorOffset } from './jsonError'
import { BackupProblem, formatPath } from './problems'

/** The largest backup file read at all. A year of daily logs for several schools is far below 1 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024
/** The longest single text value accepted (the app's own longest text fields are a few thousand). */
export const MAX_TEXT_LENGTH = 100_000
/** How deeply objects may nest; real backups nest four or five levels. */
export const MAX_DEPTH = 32

/**
 * Keys that could reach an object's prototype if a later step copied them with plain
 * assignment. JSON.parse itself makes them ordinary own properties, but instead of relying on
 * every later step to copy safely we refuse the file, naming where the key is.
 */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function checkSize(bytes: number): void {
  if (bytes === 0) throw new BackupProblem('The file is empty. Choose the .json file that “Download backup” saved.', '', 'empty')
  if (bytes > MAX_BACKUP_BYTES) {
    throw new BackupProblem(
      `The file is ${megabytes(bytes)}, larger than any backup this app writes (at most ${megabytes(MAX_BACKUP_BYTES)} is read). ` +
        'It is not a Coach Role Planner backup, or it has been damaged.',
      '',
      'too-large',
    )
  }
}

/** Line and column of a character offset, for "not valid JSON" messages. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

/**
 * Parses the text of a file that claims to be a backup. Refuses empty, oversized, non-JSON and
 * truncated text, and any value that is unsafe to hand on (prototype keys, huge strings, deep
 * nesting), always naming where the problem is.
 */
export function parseBackupJson(text: string): unknown {
  // Length in UTF-16 units is at least a quarter of the byte size: a cheap upper bound check.
  checkSize(text.length)
  if (text.trim() === '')
    throw new BackupProblem(
      'The file is empty (it holds only blank space). Choose the .json file that “Download backup” saved.',
      '',
      'empty',
    )
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const offset = jsonErrorOffset(text)
    const where = offset >= 0 ? lineAndColumn(text, offset) : ''
    if (offset >= text.trimEnd().length) {
      throw new BackupProblem(
        'The file stops in the middle of the data: it was probably cut off while being saved or copied. Use a complete copy of the backup.',
        where,
        'not-json',
      )
    }
    throw new BackupProblem(
      `The file is not valid JSON${where ? ` (the first error is at ${where})` : ''}, so it is not a backup from this app or it has been edited by hand.`,
      where,
      'not-json',
    )
  }
  checkSafe(value, new Set(['ciphertext']))
  return value
}

/**
 * Walks the parsed value without recursion (so a hostile file cannot overflow the stack) and
 * refuses prototype keys, over-long strings and deep nesting. `longTextKeys` are top-level
 * keys allowed to exceed the text limit (the encrypted payload of a protected backup).
 */
export function checkSafe(root: unknown, longTextKeys: Set<string> = new Set()): void {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }]
  while (stack.length) {
    const { value, path } = stack.pop()!
    if (typeof value === 'string') {
      const allowed = path.length === 1 && longTextKeys.has(String(path[0]))
      if (!allowed && value.length > MAX_TEXT_LENGTH) {
        throw new BackupProblem(
          `A text value at “${formatPath(path)}” is ${value.length.toLocaleString('en-US')} characters long; the app never stores text longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters.`,
          formatPath(path),
          'unsafe',
        )
      }
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (path.length >= MAX_DEPTH) {
      throw new BackupProblem(
        `The data at “${formatPath(path)}” is nested more than ${MAX_DEPTH} levels deep, which no backup from this app is.`,
        formatPath(path),
        'unsafe',
      )
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }))
      continue
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const at = formatPath([...path, key])
        throw new BackupProblem(
          `The file contains the key “${key}” at “${at}”. Backups from this app never use it, and it can be used to tamper with the app, so the file is refused.`,
          at,
          'unsafe',
        )
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
}
