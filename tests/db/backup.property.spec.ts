import fc from 'fast-check'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { dumpDatabase } from '@/db/backup'
import { saveSchool } from '@/db/repository'
import {
  BackupProblem,
  sealBackup,
  checkIntegrity,
  jsonErrorOffset,
  planRestore,
  readBackupText,
  TABLE_NAMES,
  TABLE_SCHEMAS,
  type BackupData,
  type RestoreMode,
} from '@/domain/backup'
import { backupObject, loadData, smallData } from '../support/backupData'
import { importFile } from '../support/importFile'
import { resetDatabase } from '../support/database'

/**
 * Corrupts a valid backup in many ways and checks that every variant either is refused with a
 * BackupProblem (nothing else may escape) or is a backup whose restore leaves a consistent
 * database. Most variants run the reading and planning in memory; a sample runs the full Dexie
 * transaction and compares a dump of the database before and after.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Path = (string | number)[]

const base = backupObject(smallData()) as unknown as Json
const baseText = JSON.stringify(base)

function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path)
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out)
  return out
}
const paths = allPaths(base).filter((p) => p.length > 0)

/** The object holding the value at `path`, or null when an earlier mutation removed the way there. */
function parentOf(root: Json, path: Path): Record<string | number, Json> | null {
  let node = root as Record<string | number, Json> | null
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return null
    node = node[part] as Record<string | number, Json> | null
  }
  return node !== null && typeof node === 'object' ? node : null
}

type Mutation =
  | { kind: 'set'; path: number; value: Json }
  | { kind: 'delete'; path: number }
  | { kind: 'duplicate'; path: number }
  | { kind: 'copy'; from: number; to: number }
  | { kind: 'forbidden'; path: number; key: string }

const json = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>
const pathIndex = fc.nat({ max: paths.length - 1 })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), path: pathIndex, value: json }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: pathIndex }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path: pathIndex }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('copy' as const), from: pathIndex, to: pathIndex }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('forbidden' as const),
      path: pathIndex,
      key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    }),
  },
)

function valueAt(root: Json, path: Path): Json | undefined {
  return parentOf(root, path)?.[path[path.length - 1]!]
}

function apply(root: Json, m: Mutation): void {
  const path = paths[m.kind === 'copy' ? m.to : m.path]!
  const parent = parentOf(root, path)
  if (!parent) return
  const key = path[path.length - 1]!
  if (!Object.hasOwn(parent, key)) return
  switch (m.kind) {
    case 'set':
      parent[key] = m.value
      break
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
      break
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]!))
      break
    case 'copy': {
      const from = paths[m.from]!
      const value = valueAt(root, from)
      if (value !== undefined) parent[key] = structuredClone(value)
      break
    }
    case 'forbidden': {
      const target = parent[key]
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, m.key, { value: { polluted: true }, enumerable: true })
    }
  }
}

type TextEdit =
  { kind: 'truncate'; at: number } | { kind: 'insert'; at: number; text: string } | { kind: 'replace'; at: number; text: string }
const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: baseText.length }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: baseText.length }), text: fc.string({ maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat({ max: baseText.length - 1 }),
    text: fc.constantFrom('"', '{', '}', ',', ':', '0', '-', 'x', ' ', '\\', ']'),
  }),
)

function editText(text: string, e: TextEdit): string {
  if (e.kind === 'truncate') return text.slice(0, e.at)
  if (e.kind === 'insert') return text.slice(0, e.at) + e.text + text.slice(e.at)
  return text.slice(0, e.at) + e.text + text.slice(e.at + 1)
}

/** A corrupted variant of the valid backup's text. */
const variant: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => {
      const copy = structuredClone(base)
      ms.forEach((m) => apply(copy, m))
      return JSON.stringify(copy)
    }),
  },
  { weight: 1, arbitrary: fc.array(textEdit, { minLength: 1, maxLength: 2 }).map((es) => es.reduce(editText, baseText)) },
)

function byId(data: BackupData): BackupData {
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [t, [...data[t]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  ) as unknown as BackupData
}

/** A device that already holds data, some of it not in the file. */
function deviceData(): BackupData {
  const data = smallData()
  data.schools.push({ ...data.schools[0]!, id: 'device-only-school', name: 'Roosevelt High' })
  return data
}

const counts = { inMemory: 0, refused: 0, accepted: 0, database: 0 }

describe('corrupted backups (property-based)', () => {
  afterAll(() => {
    console.info(
      `corrupted variants: ${counts.inMemory} in memory (${counts.refused} refused, ${counts.accepted} valid), ${counts.database} through Dexie`,
    )
  })

  it('refuses cleanly or restores consistently, for 1,200 corrupted variants in memory', () => {
    const device = deviceData()
    fc.assert(
      fc.property(variant, fc.constantFrom<RestoreMode>('replace', 'merge'), (text, mode) => {
        counts.inMemory++
        try {
          const read = readBackupText(text)
          if (read.kind !== 'backup') throw new Error('a corrupted plain backup cannot become a valid protected one')
          const plan = planRestore(device, read.backup.data, mode)
          checkIntegrity(plan.result, 'merged')
          for (const t of TABLE_NAMES) for (const row of plan.result[t]) expect(TABLE_SCHEMAS[t].safeParse(row).success).toBe(true)
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
          counts.accepted++
        } catch (e) {
          if (!(e instanceof BackupProblem)) throw e
          expect(e.message.length).toBeGreaterThan(20)
          counts.refused++
        }
      }),
      { numRuns: 1200, seed: 20261125 },
    )
    expect(counts.inMemory).toBe(1200)
    expect(counts.refused).toBeGreaterThan(600)
  }, 30_000)

  describe('through the real Dexie transaction', () => {
    beforeEach(async () => {
      await resetDatabase()
      await loadData(db, smallData())
      await saveSchool({ name: 'Roosevelt High', principalName: 'Ana Ruiz' })
    })

    it('changes nothing on refusal and writes exactly the plan otherwise, for 60 more variants', async () => {
      await fc.assert(
        fc.asyncProperty(variant, fc.constantFrom<RestoreMode>('replace', 'merge'), async (text, mode) => {
          counts.database++
          const before = await dumpDatabase()
          let expected: BackupData | null = null
          try {
            const read = readBackupText(text)
            // A signed version that no longer matches its fingerprint refuses the whole file.
            if (read.kind === 'backup') expected = planRestore(before, (await sealBackup(read.backup)).data, mode).result
          } catch {
            expected = null
          }
          try {
            await importFile(text, { mode })
          } catch (e) {
            if (!(e instanceof BackupProblem)) throw e
          }
          const after = await dumpDatabase()
          expect(byId(after)).toEqual(byId(expected ?? before))
          if (expected) {
            await resetDatabase()
            await loadData(db, before)
          }
        }),
        { numRuns: 60, seed: 7 },
      )
      expect(counts.database).toBe(60)
    }, 30_000)
  })

  it('finds the position of every JSON error that JSON.parse finds, and only those', () => {
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 0, maxLength: 2 }), (edits) => {
        const text = edits.reduce(editText, baseText)
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid)
      }),
      { numRuns: 500, seed: 3 },
    )
  }, 30_000)
})
