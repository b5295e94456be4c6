import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { deleteAppDatabase, dumpIndexedDb, patchSettings, restoredExactly } from './support/data'
import { seedAgreement } from './support/seed'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crp-backups-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const TASKS = [
  { id: 'cycles', title: 'Coaching cycles', bucket: 'coaching' as const, choice: 'will' as const },
  { id: 'book-study', title: 'Book study', bucket: 'learning' as const, choice: 'will' as const },
  { id: 'lunch', title: 'Lunch duty', bucket: 'other' as const, choice: 'wont' as const },
]

/**
 * Fills the database through the UI: first run, a week of the time log with a week note, a second
 * school and a second school year. Tasks and the signed agreement are seeded the way the time-log
 * journey does until the meeting screens are on main.
 */
async function fillThroughUi(page: Page): Promise<void> {
  await completeFirstRun(page)
  await seedAgreement(page, TASKS)
  await page.goto('/time?week=2026-09-16')
  await page.getByRole('heading', { name: /Sep 14 – 18, 2026/ }).waitFor()
  const days = ['Monday, September 14', 'Tuesday, September 15', 'Wednesday, September 16']
  for (const [i, day] of days.entries()) {
    for (const [task, hours] of [
      ['Coaching cycles', String(3 + i)],
      ['Book study', '0:45'],
    ] as const) {
      const cell = page.getByRole('textbox', { name: `${task}, ${day}`, exact: true })
      await cell.fill(hours)
      await cell.press('Enter')
    }
  }
  await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('14.25')
  await page.getByLabel('Note for this week').fill('Fire drill on Tuesday; one coaching cycle moved.')
  await page.getByLabel('Note for this week').blur()
  await expect.poll(() => page.locator('#week-note-count').textContent()).toContain('Note saved')
  await page.goto('/settings')
  await page.getByLabel('School name').fill('Washington Middle School')
  await page.getByLabel('Principal’s name').fill('Zoë Lindqvist')
  await page.getByRole('button', { name: 'Add school' }).click()
  await page.getByRole('cell', { name: 'Washington Middle School', exact: true }).waitFor()
  await page.locator('#year-start').fill('2027-08-16')
  await page.locator('#year-end').fill('2028-06-09')
  await page.getByRole('button', { name: 'Save as a new school year' }).click()
  await page.getByText('School year 2027–28 is added').waitFor()
}

async function downloadBackup(page: Page, name: string): Promise<{ path: string; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()])
  const path = join(dir, name)
  await download.saveAs(path)
  return { path, fileName: download.suggestedFilename() }
}

async function gotoData(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data', exact: true }).click()
  await page.getByRole('heading', { name: 'Your data' }).waitFor()
}

describe('backup and restore in Chromium', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('backs up, survives clearing the site data, and restores every record exactly', async () => {
    const { page } = s
    await fillThroughUi(page)
    await gotoData(page)
    await expect.poll(() => page.getByTestId('count-schools').textContent()).toBe('2')
    expect(await page.getByTestId('count-schoolYears').textContent()).toBe('2')
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toBe('No backup made yet.')
    await expectNoAxeViolations(page, 'data page')

    const { path, fileName } = await downloadBackup(page, 'plain.json')
    expect(fileName).toMatch(/^coach-role-planner-backup-\d{4}-\d{2}-\d{2}\.json$/)
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toMatch(/^Last backup: /)
    const file = JSON.parse(await readFile(path, 'utf8'))
    expect(file).toMatchObject({ format: 'coach-role-planner-backup', formatVersion: 4, appVersion: '0.1.0' })
    expect(Object.keys(file.data).sort()).toEqual([
      'agreements',
      'coachKeys',
      'cycleSessions',
      'cycles',
      'decisions',
      'evaluationResponses',
      'evaluationRounds',
      'playbook',
      'schoolYears',
      'schools',
      'settings',
      'supportReviews',
      'tasks',
      'timeEntries',
      'weekNotes',
    ])
    const before = await dumpIndexedDb(page)
    expect(before.schools).toHaveLength(2)
    expect(before.settings).toHaveLength(1)
    expect(before.timeEntries).toHaveLength(6)
    expect(before.weekNotes).toHaveLength(1)
    expect(before.decisions).toHaveLength(3)

    // Clear the site's data: the open page is told its data went away.
    await deleteAppDatabase(page)
    await page.getByTestId('storage-problem').waitFor()
    expect(await page.getByTestId('storage-problem').textContent()).toContain('was deleted')
    await page.reload()
    await page.waitForURL('**/setup')

    // A fresh start offers to restore instead of setting up again.
    await page.getByRole('button', { name: 'Restore from a backup' }).click()
    await page.locator('#restore-file').setInputFiles(path)
    await page.getByTestId('restore-preview').waitFor()
    expect(await page.getByTestId('preview-schools').textContent()).toContain('2')
    await expectNoAxeViolations(page, 'setup with restore preview')
    const restoredAt = Date.now()
    await page.getByRole('button', { name: 'Restore this backup' }).click()
    await page.waitForURL('**/meeting')

    expect(restoredExactly(before, await dumpIndexedDb(page), restoredAt)).toEqual({ missingOrChanged: [], unexpected: [] })
    await page.reload()
    await page.waitForURL('**/meeting')
    expect(restoredExactly(before, await dumpIndexedDb(page), restoredAt)).toEqual({ missingOrChanged: [], unexpected: [] })
    expect(s.foreignRequests).toEqual([])
  })

  it('round-trips a passphrase-protected backup and refuses a wrong passphrase', async () => {
    const { page } = s
    await fillThroughUi(page)
    await gotoData(page)
    await page.getByLabel('Protect the file with a passphrase').check()
    await page.getByLabel('Passphrase', { exact: true }).fill('short')
    await page.getByRole('button', { name: 'Download backup' }).click()
    await expect.poll(() => page.locator('#backup-passphrase-error').textContent()).toContain('at least 8 characters')
    await page.getByLabel('Passphrase', { exact: true }).fill('Lincoln roles 2026')
    await page.getByLabel('Repeat the passphrase').fill('Lincoln roles 2025')
    await page.getByRole('button', { name: 'Download backup' }).click()
    await expect.poll(() => page.locator('#backup-repeat-error').textContent()).toContain('not the same')
    await expectNoAxeViolations(page, 'data page with passphrase errors')
    await page.getByLabel('Repeat the passphrase').fill('Lincoln roles 2026')
    const { path, fileName } = await downloadBackup(page, 'protected.json')
    expect(fileName).toMatch(/-protected\.json$/)
    const text = await readFile(path, 'utf8')
    expect(text).not.toContain('Lincoln Elementary')
    expect(JSON.parse(text).kdf).toMatchObject({ name: 'PBKDF2', iterations: 600000 })
    const before = await dumpIndexedDb(page)

    // Change something, then restore the protected file over it.
    await page.goto('/settings')
    await page.getByLabel('School name').fill('Roosevelt High')
    await page.getByLabel('Principal’s name').fill('Ana Ruiz')
    await page.getByRole('button', { name: 'Add school' }).click()
    await page.getByRole('cell', { name: 'Roosevelt High', exact: true }).waitFor()
    await gotoData(page)
    await page.locator('#restore-file').setInputFiles(path)
    await page.getByLabel('Passphrase', { exact: true }).waitFor()
    await expectNoAxeViolations(page, 'locked backup')
    await page.getByLabel('Passphrase', { exact: true }).fill('lincoln roles 2026')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await expect.poll(() => page.locator('#restore-passphrase-error').textContent()).toContain('That passphrase does not open this backup')
    expect(await dumpIndexedDb(page)).not.toEqual(before)
    await page.getByLabel('Passphrase', { exact: true }).fill('Lincoln roles 2026')
    await page.getByRole('button', { name: 'Unlock' }).click()
    await page.getByTestId('restore-preview').waitFor()
    await page.getByLabel('Replace everything on this device with the file').check()
    expect(await page.getByTestId('preview-summary').textContent()).toContain('1 record now on this device will be deleted')
    await expectNoAxeViolations(page, 'restore preview')
    await page.getByRole('button', { name: 'Replace everything on this device' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Restored')
    expect(await dumpIndexedDb(page)).toEqual(before)
    await expect.poll(() => page.getByTestId('count-schools').textContent()).toBe('2')
    expect(s.foreignRequests).toEqual([])
  })

  it('refuses bad files with their message and leaves the data unchanged', async () => {
    const { page } = s
    await fillThroughUi(page)
    await gotoData(page)
    const { path } = await downloadBackup(page, 'good.json')
    const good = JSON.parse(await readFile(path, 'utf8'))
    const before = await dumpIndexedDb(page)
    const variant = (change: (f: typeof good) => void) => {
      const f = structuredClone(good)
      change(f)
      return JSON.stringify(f)
    }
    const entry = (f: typeof good, hours: number) => ({
      id: 'entry-1',
      schoolId: f.data.schools[0].id,
      date: '2026-09-01',
      taskId: null,
      bucket: 'other',
      rowKey: 'bucket:other',
      hours,
      createdAt: 1,
      updatedAt: 1,
    })
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.json', '', /The file is empty/],
      ['notes.json', 'Coach notes, not JSON', /not valid JSON/],
      ['truncated.json', JSON.stringify(good).slice(0, 400), /cut off/],
      ['package.json', JSON.stringify({ name: 'other-app', version: '1.0.0' }), /not made by Coach Role Planner/],
      [
        'future.json',
        variant((f) => {
          f.formatVersion = 9
        }),
        /newer version of Coach Role Planner/,
      ],
      [
        'duplicate.json',
        variant((f) => {
          f.data.schools[1].id = f.data.schools[0].id
        }),
        /already used by school 1/,
      ],
      [
        'dangling.json',
        variant((f) => {
          f.data.settings[0].activeSchoolId = 'no-such-school'
        }),
        /refers to school “no-such-school”/,
      ],
      [
        'bad-date.json',
        variant((f) => {
          f.data.schoolYears[0].startDate = '2026-02-31'
        }),
        /must be a real date/,
      ],
      ['proto.json', JSON.stringify(good).replace('"data":{', '"data":{"__proto__":{"isAdmin":true},'), /the key “__proto__”/],
      ['huge.json', Buffer.alloc(50 * 1024 * 1024, 'x'), /The file is 50\.0 MB/],
      [
        'unknown-version.json',
        variant((f) => {
          f.formatVersion = -1
        }),
        /must be a whole number from 1/,
      ],
      [
        'wrong-type.json',
        variant((f) => {
          f.data.schoolYears[0].firstDayOfWeek = 'Monday'
        }),
        /In school year 1, field “firstDayOfWeek”: The week must start on Sunday \(0\) or Monday \(1\)\./,
      ],
      [
        'missing.json',
        variant((f) => {
          delete f.data.settings[0].coachName
        }),
        /In settings record 1, field “coachName”: This value is missing \(expected string\)\./,
      ],
      [
        'negative.json',
        variant((f) => {
          f.data.timeEntries.push(entry(f, -2))
        }),
        /time entry 7, field “hours”: Hours must be more than zero/,
      ],
      [
        'nan.json',
        variant((f) => {
          f.data.timeEntries.push(entry(f, 1.5))
        }).replace('"hours":1.5', '"hours":NaN'),
        /not valid JSON/,
      ],
    ]
    for (const [name, content, message] of cases) {
      const file = join(dir, name)
      await writeFile(file, content)
      await page.locator('#restore-file').setInputFiles(file)
      await expect.poll(() => page.getByTestId('restore-problem').textContent(), { timeout: 15_000 }).toMatch(message)
      expect(await page.getByTestId('restore-problem').textContent()).toContain(
        `${name} was not restored; nothing on this device has changed.`,
      )
    }
    await expectNoAxeViolations(page, 'restore refused')
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin)).toBeUndefined()
    expect(await dumpIndexedDb(page)).toEqual(before)
  })

  it('reminds the coach app-wide when the last backup is more than four weeks old', async () => {
    const { page } = s
    await completeFirstRun(page)
    expect(await page.getByTestId('backup-reminder').count()).toBe(0)
    await patchSettings(page, { lastBackupAt: Date.now() - 40 * 86_400_000 })
    await page.goto('/settings')
    await page.getByTestId('backup-reminder').waitFor()
    expect(await page.getByTestId('backup-reminder').textContent()).toContain('Your last backup is 40 days old.')
    await expectNoAxeViolations(page, 'settings with the backup reminder')
    await page.getByRole('link', { name: 'Back up now' }).click()
    await page.getByTestId('backup-due').waitFor()
    await expectNoAxeViolations(page, 'data page, backup due')
    await downloadBackup(page, 'reminded.json')
    await page.goto('/settings')
    await page.getByRole('heading', { name: 'Schools' }).waitFor()
    expect(await page.getByTestId('backup-reminder').count()).toBe(0)
  })
})

describe('failures that lose nothing', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('two tabs editing at once lose no writes and each shows the other’s changes live', async () => {
    const { page: a, context } = s
    await completeFirstRun(a)
    const b = await context.newPage()
    await a.goto('/settings')
    await b.goto('/settings')
    await a.getByRole('heading', { name: 'Schools' }).waitFor()
    await b.getByRole('heading', { name: 'Schools' }).waitFor()
    await a.getByLabel('School name').fill('Adams Elementary')
    await a.getByLabel('Principal’s name').fill('Kim Adams')
    await b.getByLabel('School name').fill('Baker Middle')
    await b.getByLabel('Principal’s name').fill('Lee Baker')
    await Promise.all([a.getByRole('button', { name: 'Add school' }).click(), b.getByRole('button', { name: 'Add school' }).click()])
    for (const page of [a, b]) {
      await page.getByRole('cell', { name: 'Adams Elementary', exact: true }).waitFor()
      await page.getByRole('cell', { name: 'Baker Middle', exact: true }).waitFor()
    }
    // The Data page in one tab follows writes made in the other.
    await b.goto('/data')
    await expect.poll(() => b.getByTestId('count-schools').textContent()).toBe('3')
    await a.getByLabel('School name').fill('Carver High')
    await a.getByLabel('Principal’s name').fill('Sam Carver')
    await a.getByRole('button', { name: 'Add school' }).click()
    await expect.poll(() => b.getByTestId('count-schools').textContent()).toBe('4')
    expect((await dumpIndexedDb(a)).schools).toHaveLength(4)

    // A newer version of the app in another tab upgrades the database: this tab is told to reload.
    // (Dexie stores version N as native version N×10; any far larger number is a newer app.)
    await b.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('coach-role-planner', 1000)
          req.onsuccess = () => {
            req.result.close()
            resolve()
          }
        }),
    )
    await a.getByTestId('storage-problem').waitFor()
    expect(await a.getByTestId('storage-problem').textContent()).toContain('updated in another tab. Reload this page')
    await expectNoAxeViolations(a, 'storage problem banner')
    expect(s.foreignRequests).toEqual([])
  })

  it('shows an explanation instead of a blank page when IndexedDB is unavailable', async () => {
    const { page, context } = s
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('IndexedDB is disabled in this window', 'InvalidStateError')
      }
    })
    await page.goto('/')
    await page.getByRole('heading', { name: 'Coach Role Planner cannot open its storage' }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('will not let the app store data')
    await expectNoAxeViolations(page, 'storage unavailable')
  })
})
