import { BackupProblem } from './problems'
import { checkIntegrity, uniqueKeyOf } from './integrity'
import { RECORD_LABELS, TABLE_NAMES, UNIQUE_KEYS, emptyBackupData, type AnyRecord, type BackupData, type TableName } from './tables'

export type RestoreMode = 'replace' | 'merge'

/**
 * What restoring does to one table. Replace-all: `added` are in the file only, `updated`
 * differ from this device's copy, `kept` are identical, `removed` are on this device only and
 * go. Merge: `added` are new, `updated` are newer in the file (by id, or in the same slot such
 * as one day and row of the time log, where the file's newer record replaces this device's),
 * `kept` are records of the file whose copy on this device is as new or newer; merge removes
 * nothing else, so `removed` stays 0. `onlyHere` counts the records this device has and the file
 * does not: merge leaves them as they are, replace-all removes them (so it equals `removed`).
 */
export interface TableChange {
  added: number
  updated: number
  kept: number
  removed: number
  onlyHere: number
}

export interface RestorePlan {
  mode: RestoreMode
  changes: Record<TableName, TableChange>
  totals: TableChange
  /** Records to write, per table (replace-all writes every record of the file). */
  puts: { [T in TableName]: BackupData[T] }
  /** Ids to delete, per table; unused for replace-all, which clears every table first. */
  deletes: Record<TableName, string[]>
  /** What the database holds afterwards. */
  result: BackupData
}

type Row = AnyRecord & Record<string, unknown>

function noChange(): TableChange {
  return { added: 0, updated: 0, kept: 0, removed: 0, onlyHere: 0 }
}

/** JSON with object keys sorted, so two copies of a record compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

function sameRecord(a: Row, b: Row): boolean {
  return a.updatedAt === b.updatedAt && canonical(a) === canonical(b)
}

function emptyDeletes(): Record<TableName, string[]> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Record<TableName, string[]>
}

function sum(changes: Record<TableName, TableChange>): TableChange {
  const total = noChange()
  for (const t of TABLE_NAMES) for (const k of Object.keys(total) as (keyof TableChange)[]) total[k] += changes[t][k]
  return total
}

function planReplace(current: BackupData, incoming: BackupData): RestorePlan {
  const changes = {} as Record<TableName, TableChange>
  for (const table of TABLE_NAMES) {
    const here = new Map((current[table] as Row[]).map((r) => [r.id, r]))
    const change = noChange()
    for (const row of incoming[table] as Row[]) {
      const local = here.get(row.id)
      if (!local) change.added++
      else if (sameRecord(local, row)) change.kept++
      else change.updated++
      here.delete(row.id)
    }
    change.removed = here.size
    change.onlyHere = here.size
    changes[table] = change
  }
  return { mode: 'replace', changes, totals: sum(changes), puts: incoming, deletes: emptyDeletes(), result: incoming }
}

/**
 * A signed agreement version, and its decisions, record what two people signed: no path may change
 * them, a merge included. A newer copy in a file can only come from tampering or another device's
 * bug, so the merge is refused rather than silently keeping either side.
 */
function refuseChangeToSignedVersion(current: BackupData, table: TableName, local: Row, where: string): void {
  const agreementId = table === 'agreements' ? local.id : table === 'decisions' ? String(local.agreementId) : null
  if (agreementId === null) return
  const agreement = current.agreements.find((a) => a.id === agreementId)
  if (agreement?.status !== 'signed') return
  throw new BackupProblem(
    `The file changes ${table === 'agreements' ? 'version' : 'a task decision of version'} ${agreement.version} of an agreement that is signed on this device. ` +
      'A signed version never changes, so nothing was restored. Use “Replace everything” only if the file is the copy you trust.',
    where,
    'conflict',
  )
}

function planMerge(current: BackupData, incoming: BackupData): RestorePlan {
  const changes = {} as Record<TableName, TableChange>
  const puts = emptyBackupData()
  const deletes = emptyDeletes()
  const result = emptyBackupData()

  for (const table of TABLE_NAMES) {
    const change = noChange()
    const here = new Map((current[table] as Row[]).map((r) => [r.id, r]))
    const merged = new Map(here)
    const written = new Map<string, Row>()
    for (const [index, row] of (incoming[table] as Row[]).entries()) {
      const local = merged.get(row.id)
      if (!local) {
        change.added++
        merged.set(row.id, row)
        written.set(row.id, row)
      } else if (row.updatedAt > local.updatedAt) {
        refuseChangeToSignedVersion(current, table, local, `data.${table}[${index}]`)
        change.updated++
        merged.set(row.id, row)
        written.set(row.id, row)
      } else change.kept++
    }

    // Two different records in one unique slot: one from the file, one from this device.
    for (const key of UNIQUE_KEYS.filter((k) => k.table === table)) {
      const bySlot = new Map<string, Row>()
      for (const row of [...merged.values()]) {
        const slot = uniqueKeyOf(row, key.fields)
        const other = bySlot.get(slot)
        if (!other) {
          bySlot.set(slot, row)
          continue
        }
        const [fromFile, fromDevice] = written.has(row.id) ? [row, other] : [other, row]
        if (key.onMerge === 'refuse') {
          const index = (incoming[table] as Row[]).findIndex((r) => r.id === fromFile.id)
          throw new BackupProblem(
            `The file’s ${RECORD_LABELS[table].one} ${index + 1} and a different ${RECORD_LABELS[table].one} on this device have the same ${key.fields.join(', ')}. ` +
              'Merging would have to drop one of them, so nothing was changed. Use “Replace everything” to restore the file as it is, or keep this device’s data.',
            `data.${table}[${index}]`,
            'conflict',
          )
        }
        // Newer wins; on a tie this device's record stays.
        const fileWins = fromFile.updatedAt > fromDevice.updatedAt
        const wasAdded = !here.has(fromFile.id)
        if (fileWins) {
          // The slot now holds the file's record: count it as an update of that slot.
          merged.delete(fromDevice.id)
          deletes[table].push(fromDevice.id)
          if (wasAdded) {
            change.added--
            change.updated++
          }
        } else {
          written.delete(fromFile.id)
          if (wasAdded) {
            merged.delete(fromFile.id)
            change.added--
          } else {
            merged.set(fromFile.id, here.get(fromFile.id)!)
            change.updated--
          }
          change.kept++
        }
        bySlot.set(slot, fileWins ? fromFile : fromDevice)
      }
    }
    const inFile = new Set((incoming[table] as Row[]).map((r) => r.id))
    change.onlyHere = [...merged.keys()].filter((id) => here.has(id) && !inFile.has(id)).length
    ;(puts[table] as Row[]) = [...written.values()]
    ;(result[table] as Row[]) = [...merged.values()]
    changes[table] = change
  }
  checkIntegrity(result, 'merged')
  return { mode: 'merge', changes, totals: sum(changes), puts, deletes, result }
}

/** Works out, in memory and before anything is written, what restoring `incoming` would do. */
export function planRestore(current: BackupData, incoming: BackupData, mode: RestoreMode): RestorePlan {
  return mode === 'replace' ? planReplace(current, incoming) : planMerge(current, incoming)
}
