// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pwaOptions, tokenColor, webManifest } from '@/pwa/pwaPlugin'

const root = new URL('../../', import.meta.url)
const tokens = readFileSync(new URL('src/styles/tokens.css', root), 'utf8')

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(new URL(`public${path}`, root))
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('web app manifest and service worker options', () => {
  it('takes its colours from the design tokens', () => {
    const manifest = webManifest(tokens)
    expect(manifest.theme_color).toBe('#1f5f5b')
    expect(manifest.background_color).toBe('#f7f5f0')
    expect(tokenColor(':root { --color-accent: #ABCDEF; }', 'color-accent')).toBe('#abcdef')
    expect(() => tokenColor(':root {}', 'color-accent')).toThrow('no colour --color-accent')
  })

  it('is installable: name, start URL and scope, standalone, icons of 192 and 512 px and a maskable one', () => {
    const manifest = webManifest(tokens)
    expect(manifest).toMatchObject({ name: 'Coach Role Planner', start_url: '/', scope: '/', display: 'standalone' })
    expect(manifest.short_name!.length).toBeLessThanOrEqual(12)
    const icons = manifest.icons!
    for (const icon of icons) {
      const [w, h] = icon.sizes!.split('x').map(Number)
      expect(pngSize(icon.src), icon.src).toEqual({ width: w, height: h })
    }
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
    expect(pngSize('/icons/apple-touch-icon.png')).toEqual({ width: 180, height: 180 })
  })

  it('asks before updating, injects no inline script, precaches the lazy chunks and fonts, and falls back to the app offline', () => {
    const options = pwaOptions(tokens)
    expect(options.registerType).toBe('prompt')
    expect(options.injectRegister).toBeNull()
    expect(options.workbox?.navigateFallback).toBe('index.html')
    expect(options.workbox?.globPatterns?.join()).toMatch(/js.*woff/)
    expect(options.workbox?.skipWaiting).toBeUndefined()
  })
})
