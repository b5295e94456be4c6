/** Tables of the PDF: data tables with column headers, and label/value facts with row headers. */
import { withoutEmptyColumns, type TableColumn, type TableRow } from './model'
import type { Layout } from './layout'
import { BOLD, COLORS, MARGIN_X, REGULAR, SIZE } from './style'

export function columnWidths(l: Layout, columns: TableColumn[]) {
  const fixed = columns.reduce((s, c) => s + (c.weight ?? 0), 0)
  const free = columns.filter((c) => !c.weight).length
  const unit = free ? 1 : 0
  const total = fixed + free * unit
  return columns.map((c) => ((c.weight ?? unit) / total) * l.width)
}

export function cellHeight(l: Layout, text: string, width: number, bold: boolean) {
  return l.textHeight(text || ' ', bold, SIZE.table, width - 12) + 9
}

export function tableStartHeight(l: Layout, t: { columns: TableColumn[]; rows: TableRow[] }) {
  const { columns, rows } = withoutEmptyColumns(t)
  const widths = columnWidths(l, columns)
  const head = Math.max(...columns.map((c, i) => cellHeight(l, c.header, widths[i] ?? 0, true)))
  const row = rows[0]
  const first = row ? Math.max(...row.cells.map((c, i) => cellHeight(l, c, widths[i] ?? 0, !!row.strong))) : 0
  return head + first + 4
}

/** A PDFKit table: header cells are TH with column scope; a row that does not fit moves whole to the next page. */
export function table(l: Layout, allColumns: TableColumn[], allRows: TableRow[]) {
  const { columns, rows } = withoutEmptyColumns({ columns: allColumns, rows: allRows })
  const widths = columnWidths(l, columns)
  l.room(tableStartHeight(l, { columns, rows }))
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
  l.font(false, SIZE.table)
  l.doc.table({
    position: { x: MARGIN_X, y: l.doc.y },
    data: [head, ...body],
    columnStyles: (i: number) => ({ width: widths[i] }),
    defaultStyle: {
      border: 0.5,
      borderColor: COLORS.rule,
      padding: [4.5, 6],
      textColor: COLORS.ink,
      font: { src: REGULAR, size: SIZE.table },
    },
    structParent: l.root,
  } as never)
  l.doc.x = MARGIN_X
  l.doc.y += 10
}

/** Label and value pairs as a two-column table whose labels are row headers. */
export function facts(l: Layout, rows: Array<[string, string]>) {
  const labelWidth = 118
  const valueWidth = l.width - labelWidth
  const first = rows[0] ? Math.max(cellHeight(l, rows[0][0], labelWidth, true), cellHeight(l, rows[0][1], valueWidth, false)) : 0
  l.room(first + 4)
  // No rules: PDFKit writes an invalid BorderColor attribute for partly bordered cells.
  l.doc.table({
    position: { x: MARGIN_X, y: l.doc.y },
    data: rows.map(([label, value]) => [
      { text: label, type: 'TH', scope: 'Row', font: { src: BOLD }, textColor: COLORS.muted },
      { text: value },
    ]),
    columnStyles: [{ width: labelWidth }, { width: valueWidth }],
    defaultStyle: { border: 0, padding: [3.5, 4], textColor: COLORS.ink, font: { src: REGULAR, size: SIZE.table + 0.5 } },
    structParent: l.root,
  } as never)
  l.doc.x = MARGIN_X
  l.doc.y += 10
}
