// Renders the app's icons from their SVG sources with the system Chromium (the one the browser
// tests use), so the PNGs in public/icons can be made again after a change to the mark:
//   node src/pwa/icons/make-icons.mjs
// The rounded mark (public/favicon.svg) is the "any" icon; src/pwa/icons/maskable-icon.svg fills its square to the
// edge and keeps the mark inside the central safe circle, for launchers that crop icons.
import { readFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'

const ICONS = [
  { source: 'public/favicon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { source: 'public/favicon.svg', out: 'public/icons/icon-512.png', size: 512 },
  { source: 'src/pwa/icons/maskable-icon.svg', out: 'public/icons/maskable-512.png', size: 512 },
  // iOS rounds the corners itself and shows transparency as black: the full square.
  { source: 'src/pwa/icons/maskable-icon.svg', out: 'public/icons/apple-touch-icon.png', size: 180 },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  const page = await browser.newPage()
  for (const icon of ICONS) {
    const svg = (await readFile(icon.source, 'utf8')).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)
    await page.setViewportSize({ width: icon.size, height: icon.size })
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`)
    await page.screenshot({ path: icon.out, omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } })
    console.log(`${icon.out} (${icon.size}×${icon.size})`)
  }
} finally {
  await browser.close()
}
