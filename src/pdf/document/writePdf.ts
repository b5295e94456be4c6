/**
 * The one PDFKit writer behind both PDFs: lays out a PdfDocumentModel on US Letter or A4,
 * tags every block (PDF/UA direction: headings, paragraphs, lists, tables with header cells,
 * figures with alternative text; running headers and footers as artifacts) and embeds only
 * the two DejaVu Sans faces, subset by PDFKit. Loaded only when someone exports.
 */
import PDFDocument from 'pdfkit'
import type { Font } from 'fontkit'
import type { PaperSize, PdfDocumentModel } from './model'
import { Layout } from './layout'
import { block } from './blockLayout'
import { decoratePages } from './runningHeads'
import { BODY_BOTTOM, BODY_TOP, BOLD, MARGIN_X, PAPER, REGULAR } from './style'

export interface PdfFontFaces {
  regular: Font
  bold: Font
}

type Doc = PDFKit.PDFDocument

/** Lays out the model and resolves with the PDF's bytes. */
export function writePdf(model: PdfDocumentModel, fonts: PdfFontFaces, paper: PaperSize): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: PAPER[paper],
    margins: { top: BODY_TOP, bottom: BODY_BOTTOM, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    tagged: true,
    subset: 'PDF/UA',
    pdfVersion: '1.7',
    lang: 'en-US',
    displayTitle: true,
    // No standard font: the document starts in DejaVu Sans, so only embedded fonts are listed.
    font: null,
    info: { Title: model.title, Author: model.author, Subject: model.subject, Creator: 'Coach Role Planner' },
  } as never) as Doc
  const chunks: Uint8Array[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
      let at = 0
      for (const c of chunks) {
        out.set(c, at)
        at += c.length
      }
      resolve(out)
    })
    doc.on('error', reject)
  })
  doc.registerFont(REGULAR, fonts.regular as never)
  doc.registerFont(BOLD, fonts.bold as never)
  doc.font(REGULAR)
  const root = doc.struct('Document')
  doc.addStructure(root)
  const layout = new Layout(doc, root, fonts)
  model.blocks.forEach((b, i) => block(layout, b, model.blocks[i + 1]))
  root.end()
  decoratePages(doc, model, fonts)
  doc.end()
  return done
}
