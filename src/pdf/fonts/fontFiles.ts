/**
 * The PDF font files the app ships: DejaVu Sans cut down at build time to the characters school
 * documents use (see subsetFonts.ts). Shared by the browser code that fetches them and the build
 * that makes them, so the names cannot drift apart.
 */
export const PDF_FONT_FILES = { regular: 'dejavu-sans-pdf.woff', bold: 'dejavu-sans-bold-pdf.woff' } as const

/** The full faces in this folder, read only by the build and the tests. */
export const PDF_FONT_SOURCES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const

/**
 * Unicode ranges kept, first to last code point: Latin (with Latin-1, Extended-A and -B, combining
 * accents and Latin Extended Additional, so names in any Latin-script language draw), general
 * punctuation, currency, letterlike symbols, arrows, a few math signs, geometric shapes, the ✓ ✗ ⚠
 * the documents print, and U+FFFD, the mark drawn in place of a character the font lacks.
 */
export const PDF_FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e],
  [0x00a0, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
  [0x25a0, 0x25ff],
  [0x26a0, 0x26a0],
  [0x2713, 0x2713],
  [0x2717, 0x2717],
  [0xfffd, 0xfffd],
]
