/** Model to bytes: swap the characters the font cannot draw for a visible mark, then lay out. */
import { replaceUndrawable } from './glyphs'
import type { PaperSize, PdfDocumentModel } from './model'
import { writePdf, type PdfFontFaces } from './writePdf'
import { canDraw } from '../pdfFonts'

export interface RenderedPdf {
  bytes: Uint8Array
  /** Characters the font could not draw, each shown as a replacement mark in the file. */
  replaced: string[]
}

export async function renderPdf(model: PdfDocumentModel, fonts: PdfFontFaces, paper: PaperSize): Promise<RenderedPdf> {
  const checked = replaceUndrawable(model, canDraw(fonts))
  return { bytes: await writePdf(checked.model, fonts, paper), replaced: checked.replaced }
}

/** A file ready to download, made only after the user has been told of any replaced character. */
export interface PreparedPdf {
  fileName: string
  blob: Blob
  replaced: string[]
}

export function preparedPdf(fileName: string, pdf: RenderedPdf): PreparedPdf {
  return { fileName, blob: new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' }), replaced: pdf.replaced }
}
