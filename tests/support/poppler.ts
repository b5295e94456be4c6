/**
 * Poppler and qpdf for PDF tests: the bytes go to a temporary file and the tools read it.
 * Nothing is skipped: without the tools the test fails and says what to install.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stdout?: string; stderr?: string; status?: number }
    if (err.code === 'ENOENT')
      throw new Error(`${tool} is not installed: the PDF checks need poppler-utils and qpdf (apt-get install -y poppler-utils qpdf).`, {
        cause: e,
      })
    throw new Error(`${tool} ${args.join(' ')} failed (${err.status}): ${err.stderr ?? ''}${err.stdout ?? ''}`, { cause: e })
  }
}

export function pdfFile(bytes: Uint8Array, name = 'document.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'crp-pdf-')), name)
  writeFileSync(path, bytes)
  return path
}

export const pdfInfo = (path: string) => run('pdfinfo', [path])
export const pdfFonts = (path: string) => run('pdffonts', [path])
export const qpdfCheck = (path: string) => run('qpdf', ['--check', path])
export const pdfToText = (path: string) => run('pdftotext', ['-layout', path, '-'])

export const structText = (path: string) => run('pdfinfo', ['-struct-text', path])

/** What poppler says is wrong with the structure tree (its warnings on stderr). */
export function structWarnings(path: string): string {
  return run('sh', ['-c', 'pdfinfo -struct-text "$1" 2>&1 >/dev/null', 'sh', path]).trim()
}

/** The tree's element types and quoted texts, one a line, without attribute lines. */
export function structOutline(tree: string): string[] {
  return tree
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('/'))
}

export interface WordBox {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}
export interface PageBoxes {
  page: number
  width: number
  height: number
  words: WordBox[]
}

/** The file rewritten uncompressed, to read catalog entries such as /Lang as text. */
export function uncompressed(path: string): string {
  const out = `${path}.qdf.pdf`
  run('qpdf', ['--qdf', '--object-streams=disable', path, out])
  return readFileSync(out, 'latin1')
}

/** Every word's box on every page, from `pdftotext -bbox`. */
export function wordBoxes(path: string): PageBoxes[] {
  const html = run('pdftotext', ['-bbox', path, '-'])
  const pages: PageBoxes[] = []
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g
  let m: RegExpExecArray | null
  while ((m = pageRe.exec(html))) {
    const page = pages.length + 1
    const words: WordBox[] = []
    let w: RegExpExecArray | null
    while ((w = wordRe.exec(m[3] ?? '')))
      words.push({ page, text: w[5] ?? '', xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]) })
    pages.push({ page, width: Number(m[1]), height: Number(m[2]), words })
  }
  return pages
}

/** Pairs of words whose boxes overlap by more than a hair. */
export function overlappingWords(page: PageBoxes, tolerance = 0.6): Array<[WordBox, WordBox]> {
  const hits: Array<[WordBox, WordBox]> = []
  page.words.forEach((a, i) => {
    for (const b of page.words.slice(i + 1)) {
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (dx > tolerance && dy > tolerance) hits.push([a, b])
    }
  })
  return hits
}
