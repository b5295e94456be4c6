import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { seedTerm } from './support/seedTerm'

const TODAY = '2026-11-27'

/** The mean relative brightness (0 to 1) of a binary PPM image, as `pdfimages` writes it. */
function meanLuminanceOfPpm(bytes: Buffer): number {
  const header = bytes
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)
  if (!header) throw new Error('Not a binary PPM image')
  const pixels = bytes.subarray(header[0].length)
  let sum = 0
  for (let i = 0; i + 2 < pixels.length; i += 3) sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!
  return sum / (pixels.length / 3) / 255
}

/** The relative luminance of a computed `rgb(...)` colour (0 black, 1 white). */
const luminanceOf = (page: Page, selector: string, property: 'color' | 'background-color') =>
  page.evaluate(
    ({ selector, property }) => {
      const el = document.querySelector(selector)
      if (!el) throw new Error(`No ${selector}`)
      const [r, g, b] = (
        getComputedStyle(el)
          .getPropertyValue(property)
          .match(/[\d.]+/g) ?? []
      ).map(Number)
      const f = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!)
    },
    { selector, property },
  )

describe('dark mode', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('follows the system setting on every page, passes axe there, and still prints ink on paper', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    await completeFirstRun(page)

    await seedTerm(page, '2026-08-17', TODAY)
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()

    expect(await luminanceOf(page, 'body', 'background-color')).toBeLessThan(0.05)
    expect(await luminanceOf(page, 'body', 'color')).toBeGreaterThan(0.7)

    for (const name of ['Meeting', 'Agreement', 'Time log', 'Dashboard', 'Data', 'Settings']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click()
      await expect.poll(() => page.title()).toContain(name)
      await page.getByRole('heading', { level: 1 }).waitFor()
      if (name === 'Dashboard')
        await expect.poll(() => page.locator('.chart canvas').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6)
      await expectNoAxeViolations(page, `${name} (dark)`)
      if (process.env.SCREENSHOTS)
        await page.screenshot({ path: `${process.env.SCREENSHOTS}/dark-${name.replace(' ', '-')}.png`, fullPage: true })
    }

    // The report's chart is drawn on paper colours even when the screen is dark.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
    await page.locator('.chart canvas').first().waitFor()
    const dir = await mkdtemp(join(tmpdir(), 'crp-dark-'))
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report for the principal (PDF)' }).click(),
    ])
    await download.saveAs(join(dir, 'report.pdf'))
    execFileSync('pdfimages', [join(dir, 'report.pdf'), join(dir, 'image')])
    const chart = (await readdir(dir)).find((f) => f.endsWith('.ppm'))
    expect(chart, 'the report carries its chart as an image').toBeDefined()
    expect(meanLuminanceOfPpm(await readFile(join(dir, chart!)))).toBeGreaterThan(0.8)

    // Printing uses the paper tokens whatever the screen shows.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    expect(await luminanceOf(page, 'body', 'background-color')).toBeGreaterThan(0.9)
    expect(await luminanceOf(page, 'h1', 'color')).toBeLessThan(0.05)

    // Switching the system back to light follows at once, with no reload.
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    expect(await luminanceOf(page, 'body', 'background-color')).toBeGreaterThan(0.85)
    expect(s.foreignRequests).toEqual([])
  })
})
