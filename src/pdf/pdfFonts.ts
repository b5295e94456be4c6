/**
 * DejaVu Sans for every PDF the app makes (the agreement and the principal's time report): the
 * standard PDF fonts cannot show many names or signs such as ✓ and ⚠. The build cuts the faces
 * down to Latin scripts and the documents' symbols (fonts/subsetFonts.ts; licence in public/fonts)
 * and they are fetched from the app's own origin (the CSP allows nothing else) once, the first
 * time a PDF is made. fontkit parses them once;
 * PDFKit embeds only the glyphs a document uses, and the same parsed faces tell which
 * characters they cannot draw.
 */
import { create, type Font } from 'fontkit'
import type { PdfFontFaces } from './document/writePdf'
import { PDF_FONT_FILES } from './fonts/fontFiles'

export interface PdfFontFiles {
  regular: ArrayBuffer | Uint8Array
  bold: ArrayBuffer | Uint8Array
}

let facesPromise: Promise<PdfFontFaces> | undefined

async function fetchFont(file: string): Promise<ArrayBuffer> {
  const response = await fetch(`${import.meta.env.BASE_URL}fonts/${file}`)
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`)
  return response.arrayBuffer()
}

export function parseFont(bytes: ArrayBuffer | Uint8Array): Font {
  // fontkit's types ask for a Node Buffer; its browser build reads any Uint8Array.
  return create((bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as never) as Font
}

export function parsePdfFonts(files: PdfFontFiles): PdfFontFaces {
  return { regular: parseFont(files.regular), bold: parseFont(files.bold) }
}

/** A character is drawable when both faces have a glyph for it. */
export function canDraw(faces: PdfFontFaces): (codePoint: number) => boolean {
  return (cp) => faces.regular.hasGlyphForCodePoint(cp) && faces.bold.hasGlyphForCodePoint(cp)
}

export function loadPdfFonts(): Promise<PdfFontFaces> {
  facesPromise ??= Promise.all([fetchFont(PDF_FONT_FILES.regular), fetchFont(PDF_FONT_FILES.bold)])
    .then(([regular, bold]) => parsePdfFonts({ regular, bold }))
    .catch((e: unknown) => {
      facesPromise = undefined
      throw e
    })
  return facesPromise
}
