import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { CoachDatabase, db, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '@/db/database'
import { dumpDatabase } from '@/db/backup'
import { TABLE_NAMES, TABLE_SCHEMAS, UNIQUE_KEYS, type TableName } from '@/domain/backup'
import { dayTotalsOf } from '@/domain/dayTotals'
import { fingerprintOf, withSnapshot, type AllRecords } from '@/domain/agreementSnapshot'
import type { Agreement, TimeEntry } from '@/domain/schemas'

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

/** What the schema 3 upgrade must make of a fixture's agreements: signed ones snapshotted from the fixture's own records. */
async function sealedAsUpgraded(fixture: DatabaseFixture): Promise<Agreement[]> {
  const all = fixture.tables as unknown as AllRecords
  return Promise.all(
    (fixture.tables.agreements as unknown as Agreement[]).map(async (a) => {
      if (a.status !== 'signed') return a
      const sealed = withSnapshot(a, all)
      return { ...sealed, fingerprint: await fingerprintOf(sealed.snapshot!) }
    }),
  )
}

const opened: Dexie[] = []
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close()
    await Dexie.delete(d.name)
  }
})

describe('opening databases written by earlier versions', () => {
  it('has a fixture for every earlier schema version, and for version 1', () => {
    const versions = Object.values(fixtures)
      .map((f) => f.version)
      .sort()
    expect(versions).toContain(1)
    for (let v = 1; v < db.verno; v++) expect(versions, `tests/fixtures/db-v${v}.json is missing`).toContain(v)
    const v1 = Object.values(fixtures).find((f) => f.version === 1)!
    expect(v1.schema).toEqual(SCHEMA_V1)
    expect(Object.values(fixtures).find((f) => f.version === 2)?.schema).toEqual(SCHEMA_V2)
    expect(Object.values(fixtures).find((f) => f.version === 3)?.schema).toEqual(SCHEMA_V3)
    expect(Object.values(fixtures).find((f) => f.version === 4)?.schema).toEqual(SCHEMA_V4)
  })

  it('adds the evaluation tables, empty, to a version 4 database, and keeps its cycles', async () => {
    const fixture = Object.values(fixtures).find((f) => f.version === 4)!
    await createFromFixture('upgrade-evaluation', fixture)
    const current = new CoachDatabase('upgrade-evaluation')
    opened.push(current)
    await current.open()
    for (const table of ['evaluationRounds', 'evaluationResponses', 'coachKeys', 'unlockedKeys'] as const) {
      expect(await current.table(table).count(), table).toBe(0)
    }
    expect(await current.cycles.count()).toBe(1)
    expect(await current.cycleSessions.count()).toBe(1)
    // Responses are found by round, and a response file's fingerprint by its value.
    await current.evaluationResponses.put({ id: 'r1', roundId: 'round', fingerprint: 'abc' } as never)
    expect(await current.evaluationResponses.where('roundId').equals('round').count()).toBe(1)
    expect(await current.evaluationResponses.where('fingerprint').equals('abc').count()).toBe(1)
  })

  it('adds the coaching-cycle tables, empty, to a version 3 database', async () => {
    const fixture = Object.values(fixtures).find((f) => f.version === 3)!
    await createFromFixture('upgrade-cycles', fixture)
    const current = new CoachDatabase('upgrade-cycles')
    opened.push(current)
    await current.open()
    for (const table of ['cycles', 'cycleSessions', 'playbook', 'supportReviews'] as const) {
      expect(await current.table(table).count(), table).toBe(0)
    }
    // A cycle can be stored straight away under the new indexes.
    await current.cycles.put({ id: 'c1', schoolId: 's', schoolYearId: 'y' } as never)
    expect(await current.cycles.where('[schoolId+schoolYearId]').equals(['s', 'y']).count()).toBe(1)
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
      // ... and it holds exactly what it held, or what the upgrade was meant to make of it:
      // since schema 3 a version signed earlier also carries its snapshot and fingerprint.
      const expected = fixture.expectedAfterUpgrade?.[table] ?? (table === 'agreements' ? await sealedAsUpgraded(fixture) : before)
      expect(after[table]).toEqual(expected)
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
    const fromDexie = db.tables.flatMap((t) =>
      t.schema.indexes.filter((i) => i.unique && i.compound).map((i) => `${t.name}:${(i.keyPath as string[]).join('+')}`),
    )
    expect(UNIQUE_KEYS.map((k) => `${k.table}:${k.fields.join('+')}`).sort()).toEqual(fromDexie.sort())
  })

  it('freezes each version signed before schema 3 as a snapshot with its fingerprint, and nothing else', async () => {
    const fixture = Object.values(fixtures).find((f) => f.version === 2)!
    await createFromFixture('upgrade-snapshots', fixture)
    const current = new CoachDatabase('upgrade-snapshots')
    opened.push(current)
    await current.open()
    const byId = new Map((await current.agreements.toArray()).map((a) => [a.id, a]))
    const second = byId.get('agr3-0070-0000-4000-8000-00000000000')!
    expect(second.snapshot).toMatchObject({
      version: 1,
      status: 'signed',
      school: { name: 'Washington Middle School' },
      schoolYear: { label: '2026–27' },
      meeting: { coachName: 'Renée Okafor', principalName: 'Zoë Lindqvist', date: '2026-09-03' },
      targets: { coachingPct: 65, learningPct: 10 },
      openItemsAccepted: true,
      signedAt: 1788444000000,
      revises: false,
      signatures: {
        coach: { name: 'Renée Okafor', signedAt: 1788444000000 },
        principal: { name: 'Zoë Lindqvist', signedAt: 1788444000000 },
      },
    })
    expect(second.snapshot!.sections.roleAndTime.priorities).toBe('Coaching first — always.')
    // Every decided task with its words and decision; the one left open too; nothing undecided that is archived.
    expect(second.snapshot!.tasks.map((t) => [t.title, t.bucket, t.choice, t.weeklyHours, t.insteadBy, t.note])).toEqual([
      ['Coaching cycles with teachers', 'coaching', 'will', 14, '', ''],
      ['Modelling lessons', 'coaching', 'undecided', null, '', ''],
      ['Co-teaching', 'coaching', 'undecided', null, '', ''],
      ['Video-based reflection with a teacher', 'coaching', 'undecided', null, '', ''],
      ['Reading and study', 'learning', 'will', 3, '', ''],
      ['Coach-of-coaches sessions', 'learning', 'undecided', null, '', ''],
      ['Leading PLCs', 'other', 'wont', null, 'Assistant principal', 'Coach visits PLCs “by invitation”'],
      ['Walk-throughs', 'other', 'undecided', null, '', ''],
      ['Overseeing state testing', 'other', 'discuss', null, '', 'Ask the district'],
      ['Covering classes', 'other', 'wont', null, 'Substitute pool', ''],
      ['Designing and leading workshops', 'other', 'undecided', null, '', ''],
    ])
    expect(second.fingerprint).toBe(await fingerprintOf(second.snapshot!))
    // The draft is untouched, and the upgrade does not count as a change to the signed record.
    const draft = byId.get('agr2-0018-0000-4000-8000-00000000000')!
    expect(draft.snapshot).toBeUndefined()
    expect(second.updatedAt).toBe(1788444000000)
  })
})
