/**
 * The page the PDF writer draws on: the text width and bottom, page breaks, the structure tree
 * (tagged content and artifacts) and the text style. The blocks themselves are drawn by
 * textBlocks.ts, tableBlocks.ts, figureBlocks.ts and signatureBlock.ts.
 */
import type { PdfFontFaces } from './writePdf'
import { BODY_BOTTOM, BODY_TOP, BOLD, COLORS, LINE_GAP, MARGIN_X, REGULAR } from './style'

type Doc = PDFKit.PDFDocument
type Struct = PDFKit.PDFStructureElement

export class Layout {
  constructor(
    readonly doc: Doc,
    readonly root: Struct,
    readonly fonts: PdfFontFaces,
  ) {}

  get width() {
    return this.doc.page.width - 2 * MARGIN_X
  }
  get bottom() {
    return this.doc.page.height - BODY_BOTTOM
  }

  room(height: number) {
    if (this.doc.y + height > this.bottom && this.doc.y > BODY_TOP + 1) this.doc.addPage()
    this.doc.x = MARGIN_X
  }

  /** A structure element appended to the document in reading order, its content drawn by `draw`. */
  tag(type: string, draw: () => void, options: Record<string, unknown> = {}) {
    const el = this.doc.struct(type, options)
    this.root.add(el)
    el.add(draw)
    el.end()
  }

  /** Decoration that is not content (rules, the signature line): an artifact for screen readers. */
  artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Layout' } as never)
    draw()
    this.doc.endMarkedContent()
  }

  font(bold: boolean, size: number, color = COLORS.ink) {
    this.doc
      .font(bold ? BOLD : REGULAR)
      .fontSize(size)
      .fillColor(color)
    return this.doc
  }

  textHeight(text: string, bold: boolean, size: number, width = this.width) {
    this.font(bold, size)
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP })
  }
}
