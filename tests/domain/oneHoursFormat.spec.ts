// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|vue)$/.test(e.name) ? [join(dir, e.name)] : [],
  )

/** Byte sizes are not hours; these are the only places allowed to round with toFixed. */
const BYTE_SIZES = ['views/DataView.vue', 'domain/backup/safeJson.ts']

describe('one hours format', () => {
  // Issue 12: the agreement page and PDF had their own toFixed(1) and showed 1.25 h as 1.3.
  it('no source file rounds numbers for display with toFixed, except byte sizes', () => {
    const offenders = files(SRC)
      .map((f) => f.slice(SRC.length + 1).replaceAll('\\', '/'))
      .filter((f) => !BYTE_SIZES.includes(f) && readFileSync(join(SRC, f), 'utf8').includes('.toFixed('))
    expect(offenders).toEqual([])
  })

  it('weekly hours are never put into text raw', () => {
    const offenders = files(SRC).filter((f) => /\{\{\s*[\w.?]*weeklyHours\s*\}\}|\$\{[\w.?]*weeklyHours\}/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
