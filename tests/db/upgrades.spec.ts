import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { CoachDatabase, db, SCHEMA_V1 } from '@/db/database'
import { dumpDatabase } from '@/db/backup'
import { TABLE_NAMES, TABLE_SCHEMAS, UNIQUE_KEYS, type TableName } from '@/domain/backup'
import { dayTotalsOf } from '@/domain/dayTotals'
import type { TimeEntry } from '@/domain/schemas'

interface DatabaseFixture {
  database: string
  version: number
  schema: Record<string, string>
  tables: Record<TableName, { id: string }[]>
  /** For versions whose upgrade changes records: what the current version must hold afterwards. */
  expectedAfterUpgrade?: Record<TableName, unknown[]>
}

// One fixture per earlier schema version: tests/fixtures/db-v<N>.json (see README, "Changing the database schema").
const fixtures = import.meta.glob<DatabaseFixture>('../fixtures/db-v*.json', { eager: true, import: 'default' })

/** Writes a fixture the way that version of the app stored it, with that version's own schema. */
async function createFromFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name)
  old.version(fixture.version).stores(fixture.schema)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

const opened: Dexie[] = []
afterEach(async () => {
  for (const d of opened.splice(0)) { d.close(); await Dexie.delete(d.name) }
})

describe('opening databases written by earlier versions', () => {
  it('has a fixture for every earlier schema version, and for version 1', () => {
    const versions = Object.values(fixtures).map((f) => f.version).sort()
    expect(versions).toContain(1)
    for (let v = 1; v < db.verno; v++) expect(versions, `tests/fixtures/db-v${v}.json is missing`).toContain(v)
    const v1 = Object.values(fixtures).find((f) => f.version === 1)!
    expect(v1.schema).toEqual(SCHEMA_V1)
  })

  it.each(Object.entries(fixtures))('%s opens in the current version with nothing lost', async (path, fixture) => {
    const name = `upgrade-test-${fixture.version}`
    await createFromFixture(name, fixture)
    const current = new CoachDatabase(name)
    opened.push(current)
    await current.open()
    expect(current.verno).toBe(db.verno)
    const after = await dumpDatabase(current)
    for (const table of TABLE_NAMES) {
      const before = fixture.tables[table] ?? []
      // Nothing lost: every record is still there under its id ...
      expect(after[table].map((r) => r.id).sort(), `${path}: ${table}`).toEqual(before.map((r) => r.id).sort())
      // ... it fits today's schema ...
      for (const row of after[table]) expect(TABLE_SCHEMAS[table].safeParse(row).success, `${table} ${row.id}`).toBe(true)
      // ... and it holds exactly what it held, or what the upgrade was meant to make of it.
      expect(after[table]).toEqual(fixture.expectedAfterUpgrade?.[table] ?? before)
    }
    // The derived day totals match the entries, whether the upgrade made them or they were there.
    expect(await current.dayTotals.toArray()).toEqual(dayTotalsOf(after.timeEntries))
  })

  it('works out the day totals when a version 1 database is upgraded', async () => {
    const fixture = Object.values(fixtures).find((f) => f.version === 1)!
    await createFromFixture('upgrade-totals', fixture)
    const current = new CoachDatabase('upgrade-totals')
    opened.push(current)
    await current.open()
    const totals = await current.dayTotals.toArray()
    const entries = fixture.tables.timeEntries as unknown as TimeEntry[]
    expect(totals.length).toBeGreaterThan(0)
    // Every hour logged is in exactly one day total, on its school and day.
    const sum = (xs: { hours: number }[]) => xs.reduce((h, x) => h + x.hours, 0)
    expect(sum(totals.flatMap((t) => t.rows))).toBe(sum(entries))
    for (const e of entries) {
      const day = totals.find((t) => t.schoolId === e.schoolId && t.date === e.date)!
      expect(day.rows).toContainEqual({ taskId: e.taskId, bucket: e.bucket, hours: e.hours })
    }
  })

  it('knows every unique compound index of the current schema', () => {
    const fromDexie = db.tables.flatMap((t) => t.schema.indexes.filter((i) => i.unique && i.compound).map((i) => `${t.name}:${(i.keyPath as string[]).join('+')}`))
    expect(UNIQUE_KEYS.map((k) => `${k.table}:${k.fields.join('+')}`).sort()).toEqual(fromDexie.sort())
  })
})
