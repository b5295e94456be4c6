import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, openSession, type Session } from './support/browser'
import { seedTerm } from './support/seedTerm'

const FROM = '2026-08-17'
const TO = '2026-11-27'

/**
 * Test instrumentation, not app code: records every text drawn on a canvas, so the journey can
 * tell that a tooltip was drawn (rich-text tooltips live on the chart's canvas, not in the DOM).
 */
function recordCanvasText() {
  const drawn: string[] = []
  Object.defineProperty(window, '__canvasText', { value: drawn })
  const fillText = CanvasRenderingContext2D.prototype.fillText
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    drawn.push(String(text))
    return fillText.call(this, text, ...rest)
  }
}

/** The texts drawn since the `from`th, and how many have been drawn in all. */
const canvasTextSince = (s: Session, from: number) =>
  s.page.evaluate((n) => {
    const drawn = (window as unknown as { __canvasText: string[] }).__canvasText
    return { texts: drawn.slice(n), count: drawn.length }
  }, from)

describe('dashboard charts under the content security policy', () => {
  let s: Session
  beforeEach(async () => {
    s = await openSession()
  })
  afterEach(async () => {
    await s.close()
  })

  it('shows a tooltip on every chart when the pointer moves over its bars and points, with no CSP violation', async () => {
    const { page, context } = s
    await context.clock.setFixedTime(new Date(`${TO}T10:00:00`))
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.addInitScript(recordCanvasText)
    await completeFirstRun(page)

    // A term of logs against a signed agreement, so every chart has bars and points.
    await seedTerm(page, FROM, TO)

    await page.goto(`/dashboard?period=custom&from=${FROM}&to=${TO}`)
    await page.getByTestId('dashboard-summary').waitFor()
    const charts = page.locator('[data-chart]')
    await expect.poll(() => page.locator('[data-chart] canvas').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6)
    const ids = await charts.evaluateAll((els) => els.map((el) => el.getAttribute('data-chart')!))
    expect(ids.length).toBeGreaterThanOrEqual(6)

    for (const id of ids) {
      const drawing = page.locator(`[data-chart="${id}"] .chart__drawing`)
      await drawing.scrollIntoViewIfNeeded()
      const box = (await drawing.boundingBox())!
      // Everything drawn so far: axes, legends, labels. A tooltip draws texts not among them.
      const { texts: drawnBefore, count } = await canvasTextSince(s, 0)
      const before = new Set(drawnBefore)
      const shot = await drawing.screenshot()
      // Across the middle, then down the middle: every category of a vertical or a horizontal chart.
      const points = [
        ...Array.from({ length: Math.floor(box.width / 16) }, (_, i) => ({ x: box.x + 8 + i * 16, y: box.y + box.height * 0.45 })),
        ...Array.from({ length: Math.floor(box.height / 10) }, (_, i) => ({ x: box.x + box.width * 0.6, y: box.y + 5 + i * 10 })),
      ]
      for (const p of points) await page.mouse.move(p.x, p.y)
      // Come back over the middle of the plot and look at the drawing while the tooltip shows.
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.45)
      await page.evaluate(() => new Promise(requestAnimationFrame))
      await page.evaluate(() => new Promise(requestAnimationFrame))
      const tooltipTexts = new Set((await canvasTextSince(s, count)).texts.filter((t) => !before.has(t)))
      expect([...tooltipTexts], `the ${id} chart drew no tooltip on its canvas`).not.toEqual([])
      expect(Buffer.compare(shot, await drawing.screenshot()), `the ${id} chart did not change under the pointer`).not.toBe(0)
      // The tooltip is drawn, not written as HTML (which the CSP would strip of its styles).
      expect(await drawing.innerText(), `the ${id} chart wrote a tooltip into the page`).toBe('')
      // The strict session fails on any violation when it closes; this names the chart as well.
      expect(s.problems, `after hovering the ${id} chart`).toEqual([])
      await page.mouse.move(0, 0)
    }
  })
})
