import type { Page } from 'playwright-core'

/**
 * A full-page screenshot at the desktop and the phone size, when SCREENSHOT_DIR is set (to look at,
 * never compared), then back to the journeys' usual window.
 */
export async function shotAtBothSizes(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR
  if (!dir) return
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
}
