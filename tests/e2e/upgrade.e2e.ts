import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectNoAxeViolations, openSession, type Session } from './support/browser'
import { dumpIndexedDb } from './support/data'
import fixture from '../fixtures/db-v1.json'
import { dayTotalsOf } from '@/domain/dayTotals'
import { weeklyShares } from '@/domain/shares'
import type { SchoolYear, TimeEntry } from '@/domain/schemas'

describe('a database written by version 1 of the app', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('is upgraded in Chromium on first open: nothing lost, day totals worked out, the logs summarised', async () => {
    const { page } = s
    // A same-origin page that is not the app, so the old database exists before the app opens it.
    // A plain text page links no icon, so Chromium asks for /favicon.ico, which the app does not
    // have (its own pages link favicon.svg): that 404 belongs to this seeding step only.
    s.allowConsoleError(
      /^Failed to load resource: the server responded with a status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/favicon\.ico:/,
      'the seeding page is a text file',
    )
    await page.goto('/fonts/DejaVu-LICENSE.txt')
    await page.evaluate(
      ({ schema, tables }) =>
        new Promise<void>((resolve, reject) => {
          // Dexie keeps version N as native version N×10 and names indexes by their schema strings.
          const req = indexedDB.open('coach-role-planner', 10)
          req.onupgradeneeded = () => {
            for (const [name, spec] of Object.entries(schema)) {
              const [primary, ...indexes] = spec.split(',').map((p) => p.trim())
              const store = req.result.createObjectStore(name, { keyPath: primary })
              for (const raw of indexes) {
                const unique = raw.startsWith('&')
                const index = raw.replace('&', '')
                const keyPath = index.startsWith('[') ? index.slice(1, -1).split('+') : index
                store.createIndex(index, keyPath, { unique })
              }
            }
          }
          req.onerror = () => reject(req.error)
          req.onsuccess = () => {
            const tx = req.result.transaction(Object.keys(tables), 'readwrite')
            for (const [name, rows] of Object.entries(tables)) for (const row of rows as object[]) tx.objectStore(name).put(row)
            tx.oncomplete = () => {
              req.result.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
      { schema: fixture.schema as Record<string, string>, tables: fixture.tables },
    )

    await page.goto('/time/year')
    await page.getByRole('heading', { name: 'Week by week' }).waitFor()
    const after = await dumpIndexedDb(page)
    const entries = fixture.tables.timeEntries as unknown as TimeEntry[]
    expect(after.timeEntries).toHaveLength(entries.length)
    expect(after.dayTotals).toEqual(dayTotalsOf(entries))

    // The year view reads the totals: the active school's busiest week shows its hours.
    const year = fixture.tables.schoolYears.find((y) => y.id === fixture.tables.settings[0]!.activeSchoolYearId) as unknown as SchoolYear
    const school = fixture.tables.settings[0]!.activeSchoolId
    const weeks = weeklyShares(
      entries.filter((e) => e.schoolId === school),
      year,
    ).filter((w) => w.shares.total > 0)
    expect(weeks.length).toBeGreaterThan(0)
    const busiest = weeks.reduce((a, b) => (b.shares.total > a.shares.total ? b : a))
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(`^Week ${busiest.week.number}\\b`) }) })
    await expect.poll(() => row.first().getByRole('cell').first().textContent()).toBe(String(busiest.shares.total))
    await expectNoAxeViolations(page, 'year view after the upgrade')
    expect(s.foreignRequests).toEqual([])
  })
})
