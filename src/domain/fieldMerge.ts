import type { z } from 'zod'
import { fieldProblems, type FieldProblem } from './validation'

/**
 * Saves per field, so two tabs (or two people on two devices sharing a backup) never lose an
 * edit. A write names the value the field had when the editor last read it (its base). The
 * stored value decides:
 *  - still the base (nobody else changed it), or already the new value: the write goes ahead;
 *  - anything else: someone else changed the field in the meantime, and the write is refused
 *    so the writer can choose which text to keep. Never a silent last write.
 */

export type FieldPath = readonly string[]

export interface FieldChange {
  path: FieldPath
  /** The value this writer last read from the store. */
  base: unknown
  value: unknown
}

export interface FieldConflict {
  path: FieldPath
  /** What is stored now: the other writer's value. */
  theirs: unknown
}

/** Plain data (what IndexedDB stores) compared by value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** The rule itself: may `change` be written over `stored`? */
export function writeAllowed(stored: unknown, change: Pick<FieldChange, 'base' | 'value'>): boolean {
  return sameValue(stored, change.base) || sameValue(stored, change.value)
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function valueAt(record: unknown, path: FieldPath): unknown {
  let at: unknown = record
  for (const key of path) at = isPlainObject(at) ? at[key] : undefined
  return at
}

/** A copy of `record` with the field at `path` set; the original is untouched. */
export function withValueAt<T>(record: T, path: FieldPath, value: unknown): T {
  const [key, ...rest] = path
  if (key === undefined) return value as T
  const obj: Record<string, unknown> = isPlainObject(record) ? record : {}
  return { ...obj, [key]: withValueAt(obj[key], rest, value) } as T
}

/** The fields of a record: paths to its leaves (arrays and other values count as one field). */
export function fieldPaths(record: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(record)) return [prefix]
  return Object.keys(record).flatMap((k) => fieldPaths(record[k], [...prefix, k]))
}

/** The fields where `edited` differs from `base`. */
export function changedFields(base: unknown, edited: unknown): string[][] {
  const paths = new Map<string, string[]>()
  for (const p of [...fieldPaths(base), ...fieldPaths(edited)]) paths.set(p.join('.'), p)
  return [...paths.values()].filter((p) => p.length > 0 && !sameValue(valueAt(base, p), valueAt(edited, p)))
}

export const pathKey = (path: FieldPath) => path.join('.')

export interface MergeResult<T> {
  /** The record with every accepted change applied. */
  next: T
  applied: FieldPath[]
  conflicts: FieldConflict[]
  /** Changes the schema refused, each kept apart so the other fields still save. */
  problems: FieldProblem[]
}

/**
 * Applies each change to `stored` on its own: one that conflicts or that the schema refuses is
 * left out (and reported), the others are applied.
 */
export function mergeFieldChanges<T>(stored: T, changes: readonly FieldChange[], schema?: z.ZodType): MergeResult<T> {
  let next = stored
  const applied: FieldPath[] = []
  const conflicts: FieldConflict[] = []
  const problems: FieldProblem[] = []
  for (const change of changes) {
    const theirs = valueAt(next, change.path)
    if (!writeAllowed(theirs, change)) {
      conflicts.push({ path: change.path, theirs })
      continue
    }
    const candidate = withValueAt(next, change.path, change.value)
    const parsed = schema?.safeParse(candidate)
    if (parsed && !parsed.success) {
      problems.push(...fieldProblems(parsed.error))
      continue
    }
    next = candidate
    applied.push(change.path)
  }
  return { next, applied, conflicts, problems }
}

/** Thrown by a single-field write that was refused because the field changed since it was read. */
export class FieldConflictError extends Error {
  override readonly name = 'FieldConflictError'
  constructor(
    readonly field: string,
    readonly theirs: unknown,
  ) {
    super('This was changed in another tab or window while you were editing it. Choose which text to keep.')
  }
}
