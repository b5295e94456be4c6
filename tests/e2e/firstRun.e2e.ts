import { readFile } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectNoAxeViolations, openSession, type Session } from './support/browser'
import { shotAtBothSizes } from './support/shots'

const TODAY = '2026-12-03'

describe('first run: the introduction, the sample school and the break suggestions', () => {
  let s: Session
  let dir: string
  beforeEach(async () => {
    s = await openSession()
    await s.context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    dir = await mkdtemp(join(tmpdir(), 'crp-first-run-'))
  })
  afterEach(async () => {
    await s.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('introduces the app, adds and removes the sample school, and offers the usual breaks', async () => {
    const { page } = s
    // A new user sets up, then sees the introduction in place of the form.
    await page.goto('/')
    await page.getByRole('heading', { name: 'Set up Coach Role Planner' }).waitFor()
    await page.getByLabel('Your name (the coach)').fill('Renée Okafor')
    await page.getByLabel('School name').fill('Lincoln Elementary')
    await page.getByLabel('Principal’s name').fill('José Martínez')
    await page.getByLabel('First day').fill('2026-08-17')
    await page.getByLabel('Last day').fill('2027-06-11')
    await page.getByRole('button', { name: 'Save and start' }).click()
    const intro = page.getByRole('region', { name: 'Getting started in three steps' })
    await intro.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Welcome, Renée Okafor')
    for (const name of ['Open the meeting', 'Open the time log', 'Open the agreement', 'Why 60% and 10%?'])
      expect(await intro.getByRole('link', { name }).count()).toBe(1)
    await expectNoAxeViolations(page, 'introduction')
    await shotAtBothSizes(page, 'first-run-intro')

    // One action adds the sample school, labeled as such.
    await intro.getByRole('button', { name: 'Add the sample school' }).click()
    await intro.getByTestId('sample-badge').waitFor()
    expect(await intro.getByTestId('sample-badge').textContent()).toBe('Sample school')
    await expectNoAxeViolations(page, 'introduction with the sample school')
    await intro.getByRole('button', { name: 'Start the meeting' }).click()
    await page.waitForURL('**/meeting')

    // The dashboard shows the sample (now the active school) with its badge and its logged weeks.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click()
    await page.getByTestId('sample-note').waitFor()
    expect(await page.getByTestId('sample-note').getByTestId('sample-badge').textContent()).toBe('Sample school')
    await page.getByTestId('dashboard-summary').waitFor()
    expect(await page.locator('#summary-title').textContent()).toContain('Maple Grove Elementary (Sample school)')
    const options = await page.locator('#dashboard-school option').allTextContents()
    expect(options).toEqual(['Lincoln Elementary', 'Maple Grove Elementary (Sample school)', 'All schools combined, without the sample'])
    // The introduction was closed by “Start the meeting”: the dashboard does not show it again.
    expect(await page.getByTestId('first-run-intro').count()).toBe(0)
    await expectNoAxeViolations(page, 'dashboard with the sample school')
    await shotAtBothSizes(page, 'first-run-dashboard')

    // Every school combined leaves the sample out.
    await page.locator('#dashboard-school').selectOption({ label: 'All schools combined, without the sample' })
    await expect.poll(() => page.getByText('Nothing logged in this period').count()).toBe(1)

    // The time log: the badge, and the three past weeks logged (never a week to come).
    await page.goto('/time?week=2026-11-23')
    await page.getByTestId('sample-note').waitFor()
    expect(await page.locator('#time-school option').allTextContents()).toContain('Maple Grove Elementary (Sample school)')
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('36')
    await expectNoAxeViolations(page, 'time log of the sample school')
    await shotAtBothSizes(page, 'first-run-time-log')
    await page.goto('/time?week=2026-11-30')
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('–')

    // The agreement: a draft with the badge.
    await page.goto('/agreement')
    await page.getByTestId('sample-note').waitFor()
    expect(await page.getByTestId('agreement-status').textContent()).toContain('Draft')
    await expectNoAxeViolations(page, 'agreement of the sample school')

    // Cycles, newest first: one just begun, one under way, one finished with its goal met.
    await page.goto('/cycles')
    await page.getByTestId('sample-note').waitFor()
    await expect.poll(() => page.locator('.cycles tbody tr').count()).toBe(3)
    expect(await page.locator('.cycles tbody tr td:nth-child(2)').allTextContents()).toEqual(['Identify', 'Improve', 'Finished'])
    await expectNoAxeViolations(page, 'cycles of the sample school')
    await shotAtBothSizes(page, 'first-run-cycles')
    await page.goto('/cycles/program')
    await expect.poll(() => page.locator('main').textContent()).toContain('2 goals set, 1 met.')
    await expectNoAxeViolations(page, 'program results of the sample school')

    // A backup leaves the sample school out.
    await page.goto('/data')
    await page.getByRole('heading', { name: 'Your data' }).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()])
    const path = join(dir, 'backup.json')
    await download.saveAs(path)
    const text = await readFile(path, 'utf8')
    expect(text).not.toContain('Maple Grove')
    const file = JSON.parse(text) as { data: { schools: { name: string }[]; timeEntries: unknown[]; cycles: unknown[] } }
    expect(file.data.schools.map((x) => x.name)).toEqual(['Lincoln Elementary'])
    expect(file.data.timeEntries).toEqual([])
    expect(file.data.cycles).toEqual([])
    await expectNoAxeViolations(page, 'data')

    // Settings: remove it in one action, after a confirm step that says what goes.
    await page.goto('/settings')
    const start = page.locator('#getting-started')
    await start.getByRole('button', { name: 'Remove the sample school' }).click()
    const confirm = page.locator('#sample-remove-heading')
    await confirm.waitFor()
    expect(await confirm.textContent()).toMatch(
      /Remove Maple Grove Elementary\? This deletes the school, its agreement \(\d+ task decisions\), \d+ logged time entries, 3 coaching cycles\./,
    )
    await expectNoAxeViolations(page, 'settings, removing the sample school')
    await shotAtBothSizes(page, 'first-run-remove-sample')
    await start.getByRole('button', { name: 'Remove the sample school and its records' }).click()
    await start.getByRole('button', { name: 'Add the sample school' }).waitFor()

    // After a reload the sample is gone, and the calendar offers the usual breaks.
    await page.reload()
    await page.getByRole('heading', { name: 'Settings' }).waitFor()
    await page.getByRole('cell', { name: 'Lincoln Elementary', exact: true }).waitFor()
    expect(await page.getByRole('cell', { name: /Maple Grove/ }).count()).toBe(0)
    expect(await page.getByTestId('sample-badge').count()).toBe(0)
    const breaks = page.getByTestId('break-suggestions')
    await breaks.waitFor()
    expect(await breaks.getByText('Spring break is a guess').count()).toBe(1)
    await expectNoAxeViolations(page, 'settings with break suggestions')
    await shotAtBothSizes(page, 'first-run-breaks')
    await breaks.getByRole('button', { name: /^Mark Labor Day/ }).click()
    await page.getByRole('cell', { name: 'Labor Day' }).waitFor()
    await breaks.getByRole('button', { name: 'Mark all 5 breaks' }).click()
    await expect.poll(() => page.locator('table.marked tbody tr').count()).toBe(6)
    expect(await page.getByTestId('break-suggestions').count()).toBe(0)
    await page.reload()
    await expect.poll(() => page.locator('table.marked tbody tr').count()).toBe(6)
    expect(await page.locator('table.marked').textContent()).toContain('Thanksgiving')
    await expectNoAxeViolations(page, 'settings with the breaks marked')
  })
})
