/** The running header and footer of every page, drawn once the page count is known. */
import { fitToWidth } from './fitText'
import { drawWatermark } from './drawings'
import type { PdfDocumentModel } from './model'
import { COLORS, MARGIN_X, REGULAR, SIZE } from './style'
import type { PdfFontFaces } from './writePdf'

type Doc = PDFKit.PDFDocument

/** Running header and footer on every page, as pagination artifacts, kept clear of the body. */
export function decoratePages(doc: Doc, model: PdfDocumentModel, fonts: PdfFontFaces) {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const { width, height, margins } = doc.page
    const saved = { ...margins }
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    const inner = width - 2 * MARGIN_X
    doc.markContent('Artifact', { type: 'Pagination' } as never)
    doc.font(REGULAR).fontSize(SIZE.running).fillColor(COLORS.muted)
    const oneLine = (text: string, x: number, y: number, w: number, align: 'left' | 'right') => {
      doc.text(
        fitToWidth(text, w, (s) => doc.widthOfString(s)),
        x,
        y,
        { width: w, align, lineBreak: false },
      )
    }
    const right = model.header.right
    const rightWidth = doc.widthOfString(right)
    oneLine(model.header.left, MARGIN_X, 34, inner - rightWidth - 18, 'left')
    oneLine(right, width - MARGIN_X - rightWidth - 1, 34, rightWidth + 1, 'right')
    doc
      .moveTo(MARGIN_X, 50)
      .lineTo(width - MARGIN_X, 50)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke()
    const pageLabel = `Page ${i - range.start + 1} of ${range.count}`
    const pageWidth = doc.widthOfString(pageLabel)
    doc
      .moveTo(MARGIN_X, height - 44)
      .lineTo(width - MARGIN_X, height - 44)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke()
    oneLine(model.footer, MARGIN_X, height - 36, inner - pageWidth - 18, 'left')
    oneLine(pageLabel, width - MARGIN_X - pageWidth - 1, height - 36, pageWidth + 1, 'right')
    if (model.watermark) drawWatermark(doc, fonts.bold, model.watermark, COLORS.alert)
    doc.endMarkedContent()
    doc.page.margins = saved
  }
}
