/**
 * The plain document model both PDFs are made from. A pure function turns each PDF's input
 * (the agreement snapshot, the principal's report data) into this model; one PDFKit writer
 * (writePdf.ts) lays it out, tags it and paginates it. Nothing here knows about PDFKit.
 */

import type { PaperSize } from '@/domain/schemas'

export type { PaperSize }
export const DEFAULT_PAPER: PaperSize = 'letter'

export type Tone = 'body' | 'muted' | 'alert'

export interface TableColumn {
  header: string
  align?: 'left' | 'right'
  /** Relative width; columns without one share what is left equally. */
  weight?: number
}

export interface TableRow {
  cells: string[]
  strong?: boolean
}

/** One bar of the split chart: a bucket's share against its target. */
export interface SplitBar {
  label: string
  percent: number
  /** The share and hours as written elsewhere in the document: "85.7% · 24 h a week". */
  value: string
  target: number
  /** "target at least 60%". */
  targetLabel: string
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: Tone; small?: boolean; bold?: boolean; lead?: boolean }
  | { kind: 'list'; items: string[]; tone?: Tone; small?: boolean }
  /** Label and value pairs, a table whose first column holds row headers. */
  | { kind: 'facts'; rows: Array<[string, string]> }
  /** Columns that are empty in every row are left out when drawn. */
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  /** The projected split, drawn as vector bars; `alt` is read instead of the drawing. */
  | { kind: 'splitChart'; bars: SplitBar[]; alt: string }
  | { kind: 'image'; png: string | Uint8Array; aspect: number; alt: string; caption?: string }
  | { kind: 'signatures'; signers: Array<{ role: string; name: string; line: string; signed: boolean }> }
  /** Blocks that must share a page (a heading with its signatures). */
  | { kind: 'keepTogether'; blocks: Block[] }
  | { kind: 'pageBreak' }

export interface PdfDocumentModel {
  /** Shown by the viewer as the window title. */
  title: string
  author: string
  subject: string
  /** Running header, left (shortened with an ellipsis to fit) and right. */
  header: { left: string; right: string }
  /** Running footer, left; the writer adds "Page n of m" on the right. */
  footer: string
  /** A faint mark across every page, e.g. "DRAFT". */
  watermark?: string
  blocks: Block[]
}

/** Every piece of text in a model, for the check of characters the font cannot draw. */
export function mapModelText(model: PdfDocumentModel, map: (text: string) => string): PdfDocumentModel {
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: map(b.text) }
      case 'list':
        return { ...b, items: b.items.map(map) }
      case 'facts':
        return { ...b, rows: b.rows.map(([k, v]) => [map(k), map(v)] as [string, string]) }
      case 'table':
        return {
          ...b,
          columns: b.columns.map((c) => ({ ...c, header: map(c.header) })),
          rows: b.rows.map((r) => ({ ...r, cells: r.cells.map(map) })),
        }
      case 'splitChart':
        return {
          ...b,
          alt: map(b.alt),
          bars: b.bars.map((bar) => ({ ...bar, label: map(bar.label), value: map(bar.value), targetLabel: map(bar.targetLabel) })),
        }
      case 'image':
        return { ...b, alt: map(b.alt), caption: b.caption === undefined ? undefined : map(b.caption) }
      case 'signatures':
        return { ...b, signers: b.signers.map((s) => ({ ...s, role: map(s.role), name: map(s.name), line: map(s.line) })) }
      case 'keepTogether':
        return { ...b, blocks: b.blocks.map(block) }
      case 'pageBreak':
        return b
    }
  }
  return {
    ...model,
    title: map(model.title),
    author: map(model.author),
    subject: map(model.subject),
    header: { left: map(model.header.left), right: map(model.header.right) },
    footer: map(model.footer),
    watermark: model.watermark === undefined ? undefined : map(model.watermark),
    blocks: model.blocks.map(block),
  }
}

/** Drops the columns whose cells are empty in every row (a table keeps at least its first column). */
export function withoutEmptyColumns(table: { columns: TableColumn[]; rows: TableRow[] }): { columns: TableColumn[]; rows: TableRow[] } {
  const keep = table.columns.map((_, i) => i === 0 || table.rows.some((r) => (r.cells[i] ?? '').trim() !== ''))
  return {
    columns: table.columns.filter((_, i) => keep[i]),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i]) })),
  }
}
