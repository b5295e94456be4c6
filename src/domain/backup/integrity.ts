import { BackupProblem } from './problems'
import { REFERENCES, RECORD_LABELS, TABLE_NAMES, UNIQUE_KEYS, type BackupData, type TableName } from './tables'

type Row = Record<string, unknown> & { id: string }

function rows(data: BackupData, table: TableName): Row[] {
  return data[table] as unknown as Row[]
}

export function uniqueKeyOf(row: Row, fields: string[]): string {
  return JSON.stringify(fields.map((f) => row[f]))
}

/**
 * Checks what the record schemas cannot see one record at a time: ids are unique within each
 * table, the unique compound indexes hold, and every reference points at a record that exists.
 * `scope` words the message: a file on its own, or the file merged with this device.
 */
export function checkIntegrity(data: BackupData, scope: 'file' | 'merged' = 'file'): void {
  const ids = new Map<TableName, Set<string>>()
  for (const table of TABLE_NAMES) {
    const seen = new Map<string, number>()
    rows(data, table).forEach((row, i) => {
      const first = seen.get(row.id)
      if (first !== undefined) {
        throw new BackupProblem(
          `${RECORD_LABELS[table].one[0]!.toUpperCase()}${RECORD_LABELS[table].one.slice(1)} ${i + 1} has the id “${row.id}”, already used by ${RECORD_LABELS[table].one} ${first + 1}. Every record needs its own id.`,
          `data.${table}[${i}].id`,
          'integrity',
        )
      }
      seen.set(row.id, i)
    })
    ids.set(table, new Set(seen.keys()))
  }

  for (const { table, fields } of UNIQUE_KEYS) {
    const seen = new Map<string, number>()
    rows(data, table).forEach((row, i) => {
      const key = uniqueKeyOf(row, fields)
      const first = seen.get(key)
      if (first !== undefined) {
        const label = RECORD_LABELS[table].one
        throw new BackupProblem(
          `${label[0]!.toUpperCase()}${label.slice(1)} ${i + 1} has the same ${fields.join(', ')} as ${label} ${first + 1}; there can be only one.`,
          `data.${table}[${i}]`,
          'integrity',
        )
      }
      seen.set(key, i)
    })
  }

  for (const { table, field, target } of REFERENCES) {
    const targets = ids.get(target)!
    rows(data, table).forEach((row, i) => {
      const value = row[field]
      if (value === null || value === undefined) return
      if (typeof value === 'string' && targets.has(value)) return
      const label = RECORD_LABELS[table].one
      const where = scope === 'file' ? 'in the file' : 'in the file or on this device'
      throw new BackupProblem(
        `${label[0]!.toUpperCase()}${label.slice(1)} ${i + 1} refers to ${RECORD_LABELS[target].one} “${String(value)}” (field “${field}”), but there is no such ${RECORD_LABELS[target].one} ${where}.`,
        `data.${table}[${i}].${field}`,
        'integrity',
      )
    })
  }
}
