/**
 * Build-time only (Node): makes the shipped PDF fonts from the full DejaVu faces with subset-font
 * (HarfBuzz's hb-subset), as WOFF (zlib-compressed TrueType: fontkit can subset it again, which it cannot do with WOFF2). The full faces are 1.47 MB, which
 * fontkit reads in the browser and PDFKit subsets again to the glyphs a document uses. Used by the
 * Vite plugin in vite.config.ts and by the PDF tests, so the tests print with the shipped files.
 */
import { readFile } from 'node:fs/promises'
import subsetFont from 'subset-font'
import { PDF_FONT_FILES, PDF_FONT_RANGES, PDF_FONT_SOURCES } from './fontFiles.ts'

export function keptCharacters(): string {
  let text = ''
  for (const [first, last] of PDF_FONT_RANGES) for (let cp = first; cp <= last; cp++) text += String.fromCodePoint(cp)
  return text
}

/** File name (as served under fonts/) to bytes, for both faces. */
export async function makePdfFontSubsets(): Promise<Map<string, Uint8Array>> {
  const text = keptCharacters()
  const faces = await Promise.all(
    (['regular', 'bold'] as const).map(async (face) => {
      const source = await readFile(new URL(PDF_FONT_SOURCES[face], import.meta.url))
      return [PDF_FONT_FILES[face], new Uint8Array(await subsetFont(source, text, { targetFormat: 'woff' }))] as const
    }),
  )
  return new Map(faces)
}
