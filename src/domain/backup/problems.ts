import { RECORD_LABELS, TABLE_NAMES, type TableName } from './tables'

/**
 * Why a file cannot be restored. `where` names the place in the file (a path such as
 * `data.timeEntries[2].hours`, or "" for the file as a whole) and the message says, in plain
 * words, what was found and what was expected. Restore stops at the first problem.
 */
export class BackupProblem extends Error {
  override readonly name = 'BackupProblem'
  constructor(
    message: string,
    readonly where: string = '',
    readonly kind: BackupProblemKind = 'invalid',
  ) {
    super(message)
  }
}

export type BackupProblemKind =
  'empty' | 'too-large' | 'not-json' | 'unsafe' | 'not-a-backup' | 'version' | 'invalid' | 'integrity' | 'passphrase' | 'conflict'

/** A path as written in messages: data.timeEntries[2].hours */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}

/** "time entry 3, “hours”" for data.timeEntries[2].hours; falls back to the raw path. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path[0] === 'data' && typeof path[1] === 'string' && (TABLE_NAMES as string[]).includes(path[1])) {
    const table = path[1] as TableName
    const label = RECORD_LABELS[table]
    if (typeof path[2] !== 'number') return `the list “${table}”`
    const record = `${label.one} ${path[2] + 1}`
    const field = path.slice(3)
    return field.length ? `${record}, field “${formatPath(field)}”` : record
  }
  return path.length ? `“${formatPath(path)}”` : 'the file'
}
