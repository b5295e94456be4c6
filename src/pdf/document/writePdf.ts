/**
 * The one PDFKit writer behind both PDFs: lays out a PdfDocumentModel on US Letter or A4,
 * tags every block (PDF/UA direction: headings, paragraphs, lists, tables with header cells,
 * figures with alternative text; running headers and footers as artifacts) and embeds only
 * the two DejaVu Sans faces, subset by PDFKit. Loaded only when someone exports.
 */
import PDFDocument from 'pdfkit'
import type { Font } from 'fontkit'
import { withoutEmptyColumns, type Block, type PaperSize, type PdfDocumentModel, type TableColumn, type TableRow, type Tone } from './model'
import { drawSplitChart, splitChartHeight } from './drawings'
import { decoratePages } from './runningHeads'
import {
  BODY_BOTTOM,
  BODY_TOP,
  BOLD,
  COLORS,
  IMAGE_MAX_HEIGHT,
  IMAGE_MIN_SCALE,
  LINE_GAP,
  MARGIN_X,
  PAPER,
  REGULAR,
  SIZE,
  TONE,
} from './style'

export interface PdfFontFaces {
  regular: Font
  bold: Font
}

type Doc = PDFKit.PDFDocument
type Struct = PDFKit.PDFStructureElement

class Layout {
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

  headingStyle(level: 1 | 2 | 3) {
    return level === 1
      ? { size: SIZE.h1, color: COLORS.accent, before: 0, after: 6 }
      : level === 2
        ? { size: SIZE.h2, color: COLORS.accent, before: 16, after: 8 }
        : { size: SIZE.h3, color: COLORS.ink, before: 8, after: 4 }
  }

  /** Roughly how tall a block is, to keep a heading with what follows and signatures with their heading. */
  measure(b: Block): number {
    switch (b.kind) {
      case 'heading': {
        const s = this.headingStyle(b.level)
        return s.before + this.textHeight(b.text, true, s.size) + s.after
      }
      case 'paragraph':
        return this.textHeight(b.text, !!b.bold, this.paragraphSize(b)) + 6
      case 'list':
        return b.items.reduce((h, item) => h + this.textHeight(item, false, b.small ? SIZE.small : SIZE.body, this.width - 16) + 3, 0)
      case 'facts':
        return b.rows.length * 20
      case 'table':
        return this.tableStartHeight(b)
      case 'splitChart':
        return splitChartHeight(b.bars.length) + 8
      case 'image':
        return Math.min(this.width / b.aspect, IMAGE_MAX_HEIGHT) + this.captionHeight(b.caption)
      case 'signatures':
        return this.signatureGeometry(b.signers).height + 6
      case 'keepTogether':
        return b.blocks.reduce((h, x) => h + this.measure(x), 0)
      case 'pageBreak':
        return 0
    }
  }

  /** What must fit below a heading: the next block, or its first few lines. */
  keepWithNext(next: Block | undefined) {
    if (!next) return 0
    if (next.kind === 'table') return this.tableStartHeight(next)
    return Math.min(this.measure(next), 64)
  }

  block(b: Block, next?: Block) {
    switch (b.kind) {
      case 'heading':
        return this.heading(b.level, b.text, next)
      case 'paragraph':
        return this.paragraph(b)
      case 'list':
        return this.list(b.items, b.tone ?? 'body', !!b.small)
      case 'facts':
        return this.facts(b.rows)
      case 'table':
        return this.table(b.columns, b.rows)
      case 'splitChart':
        return this.splitChart(b)
      case 'image':
        return this.image(b)
      case 'signatures':
        return this.signatures(b.signers)
      case 'keepTogether': {
        this.room(this.measure(b))
        b.blocks.forEach((x, i) => this.block(x, b.blocks[i + 1]))
        return
      }
      case 'pageBreak':
        this.doc.addPage()
        return
    }
  }

  heading(level: 1 | 2 | 3, text: string, next?: Block) {
    const s = this.headingStyle(level)
    const height = this.textHeight(text, true, s.size)
    this.room(s.before + height + s.after + this.keepWithNext(next))
    if (this.doc.y > BODY_TOP + 1) this.doc.y += s.before
    this.tag(`H${level}`, () => {
      this.font(true, s.size, s.color).text(text, MARGIN_X, this.doc.y, { width: this.width, lineGap: LINE_GAP })
    })
    if (level === 2) {
      const y = this.doc.y + 2
      this.artifact(() => {
        this.doc
          .moveTo(MARGIN_X, y)
          .lineTo(MARGIN_X + this.width, y)
          .lineWidth(0.8)
          .strokeColor(COLORS.rule)
          .stroke()
      })
      this.doc.y = y
    }
    this.doc.y += s.after
  }

  paragraphSize(b: { small?: boolean; lead?: boolean }) {
    return b.lead ? SIZE.lead : b.small ? SIZE.small : SIZE.body
  }

  paragraph(b: { text: string; tone?: Tone; small?: boolean; bold?: boolean; lead?: boolean }) {
    const size = this.paragraphSize(b)
    this.room(size * 1.6)
    this.tag('P', () => {
      this.font(!!b.bold, size, TONE[b.tone ?? 'body']).text(b.text, MARGIN_X, this.doc.y, { width: this.width, lineGap: LINE_GAP })
    })
    this.doc.y += 6
  }

  /** A list with a hanging indent; each item is LI > Lbl (the bullet) + LBody (the text). */
  list(items: string[], tone: Tone, small: boolean) {
    const size = small ? SIZE.small : SIZE.body
    const list = this.doc.struct('L')
    this.root.add(list)
    for (const item of items) {
      this.room(size * 1.6)
      const li = this.doc.struct('LI')
      list.add(li)
      const top = this.doc.y
      li.add(
        this.doc.struct('Lbl', {}, () => {
          this.doc
            .circle(MARGIN_X + 6, top + size * 0.62, 1.8)
            .fillColor(TONE[tone])
            .fill()
        }),
      )
      li.add(
        this.doc.struct('LBody', {}, () => {
          this.font(false, size, TONE[tone]).text(item, MARGIN_X + 16, top, { width: this.width - 16, lineGap: LINE_GAP })
        }),
      )
      li.end()
      this.doc.y += 3
    }
    list.end()
    this.doc.y += 4
  }

  columnWidths(columns: TableColumn[]) {
    const fixed = columns.reduce((s, c) => s + (c.weight ?? 0), 0)
    const free = columns.filter((c) => !c.weight).length
    const unit = free ? 1 : 0
    const total = fixed + free * unit
    return columns.map((c) => ((c.weight ?? unit) / total) * this.width)
  }

  cellHeight(text: string, width: number, bold: boolean) {
    return this.textHeight(text || ' ', bold, SIZE.table, width - 12) + 9
  }

  tableStartHeight(t: { columns: TableColumn[]; rows: TableRow[] }) {
    const { columns, rows } = withoutEmptyColumns(t)
    const widths = this.columnWidths(columns)
    const head = Math.max(...columns.map((c, i) => this.cellHeight(c.header, widths[i] ?? 0, true)))
    const row = rows[0]
    const first = row ? Math.max(...row.cells.map((c, i) => this.cellHeight(c, widths[i] ?? 0, !!row.strong))) : 0
    return head + first + 4
  }

  /** A PDFKit table: header cells are TH with column scope; a row that does not fit moves whole to the next page. */
  table(allColumns: TableColumn[], allRows: TableRow[]) {
    const { columns, rows } = withoutEmptyColumns({ columns: allColumns, rows: allRows })
    const widths = this.columnWidths(columns)
    this.room(this.tableStartHeight({ columns, rows }))
    const head = columns.map((c) => ({
      text: c.header,
      type: 'TH',
      scope: 'Column',
      font: { src: BOLD },
      backgroundColor: COLORS.headFill,
      align: { x: c.align ?? 'left', y: 'top' },
    }))
    const body = rows.map((r) =>
      r.cells.map((text, i) => ({
        text,
        align: { x: columns[i]?.align ?? 'left', y: 'top' },
        ...(r.strong ? { font: { src: BOLD } } : {}),
      })),
    )
    this.font(false, SIZE.table)
    this.doc.table({
      position: { x: MARGIN_X, y: this.doc.y },
      data: [head, ...body],
      columnStyles: (i: number) => ({ width: widths[i] }),
      defaultStyle: {
        border: 0.5,
        borderColor: COLORS.rule,
        padding: [4.5, 6],
        textColor: COLORS.ink,
        font: { src: REGULAR, size: SIZE.table },
      },
      structParent: this.root,
    } as never)
    this.doc.x = MARGIN_X
    this.doc.y += 10
  }

  /** Label and value pairs as a two-column table whose labels are row headers. */
  facts(rows: Array<[string, string]>) {
    const labelWidth = 118
    const valueWidth = this.width - labelWidth
    const first = rows[0] ? Math.max(this.cellHeight(rows[0][0], labelWidth, true), this.cellHeight(rows[0][1], valueWidth, false)) : 0
    this.room(first + 4)
    // No rules: PDFKit writes an invalid BorderColor attribute for partly bordered cells.
    this.doc.table({
      position: { x: MARGIN_X, y: this.doc.y },
      data: rows.map(([label, value]) => [
        { text: label, type: 'TH', scope: 'Row', font: { src: BOLD }, textColor: COLORS.muted },
        { text: value },
      ]),
      columnStyles: [{ width: labelWidth }, { width: valueWidth }],
      defaultStyle: { border: 0, padding: [3.5, 4], textColor: COLORS.ink, font: { src: REGULAR, size: SIZE.table + 0.5 } },
      structParent: this.root,
    } as never)
    this.doc.x = MARGIN_X
    this.doc.y += 10
  }

  splitChart(b: Extract<Block, { kind: 'splitChart' }>) {
    const height = splitChartHeight(b.bars.length)
    this.room(height + 8)
    const top = this.doc.y
    this.tag('Figure', () => drawSplitChart(this.doc, b.bars, { x: MARGIN_X, y: top, width: this.width, regular: REGULAR, bold: BOLD }), {
      alt: b.alt,
      bbox: [MARGIN_X, top, MARGIN_X + this.width, top + height],
      placement: 'Block',
    })
    this.doc.x = MARGIN_X
    this.doc.y = top + height + 8
  }

  captionHeight(caption: string | undefined) {
    return caption ? 6 + this.textHeight(caption, false, SIZE.small) + 6 : 8
  }

  image(b: Extract<Block, { kind: 'image' }>) {
    let height = Math.min(this.width / b.aspect, IMAGE_MAX_HEIGHT)
    const below = this.captionHeight(b.caption)
    // A figure a little too tall for the room left shrinks to fit rather than leaving its page (page one keeps its chart).
    const free = this.bottom - this.doc.y - below
    if (free < height && free >= height * IMAGE_MIN_SCALE) height = free
    const width = height * b.aspect
    this.room(height + below)
    const top = this.doc.y
    this.tag(
      'Figure',
      () => {
        this.doc.image(b.png as never, MARGIN_X, top, { width, height })
      },
      { alt: b.alt, bbox: [MARGIN_X, top, MARGIN_X + width, top + height], placement: 'Block' },
    )
    this.doc.x = MARGIN_X
    this.doc.y = top + height + 6
    if (b.caption) this.paragraph({ text: b.caption, small: true, tone: 'muted' })
  }

  signatureGeometry(signers: Array<{ name: string }>) {
    const gap = 28
    const colWidth = (this.width - gap * (signers.length - 1)) / signers.length
    // Names wrap rather than run into the next column: a name is always shown whole.
    const nameHeight = Math.max(...signers.map((s) => this.textHeight(s.name || ' ', false, 13, colWidth)))
    return { gap, colWidth, nameHeight, height: 18 + nameHeight + 6 + 28 }
  }

  /** Two signature blocks side by side; read as coach, then principal. */
  signatures(signers: Array<{ role: string; name: string; line: string; signed: boolean }>) {
    const { gap, colWidth, nameHeight, height } = this.signatureGeometry(signers)
    this.room(height)
    const top = this.doc.y
    const lineY = top + 18 + nameHeight + 2
    signers.forEach((s, i) => {
      const x = MARGIN_X + i * (colWidth + gap)
      const sect = this.doc.struct('Div')
      this.root.add(sect)
      sect.add(
        this.doc.struct('P', {}, () => {
          this.font(true, SIZE.small, COLORS.muted).text(s.role, x, top, { width: colWidth, lineGap: LINE_GAP })
        }),
      )
      sect.add(
        this.doc.struct('P', {}, () => {
          this.font(false, 13, COLORS.ink).text(s.name || ' ', x, top + 16, { width: colWidth, lineGap: LINE_GAP })
        }),
      )
      this.artifact(() => {
        this.doc
          .moveTo(x, lineY)
          .lineTo(x + colWidth, lineY)
          .lineWidth(0.6)
          .strokeColor(COLORS.ink)
          .stroke()
      })
      sect.add(
        this.doc.struct('P', {}, () => {
          this.font(false, SIZE.small, s.signed ? COLORS.muted : COLORS.alert).text(s.line, x, lineY + 5, {
            width: colWidth,
            lineGap: LINE_GAP,
          })
        }),
      )
      sect.end()
    })
    this.doc.x = MARGIN_X
    this.doc.y = top + height + 6
  }
}

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
  model.blocks.forEach((b, i) => layout.block(b, model.blocks[i + 1]))
  root.end()
  decoratePages(doc, model, fonts)
  doc.end()
  return done
}
