/** Vector drawings for the PDF writer: the projected split chart and the DRAFT watermark. */
import type { Font } from 'fontkit'
import type { SplitBar } from './model'

type Doc = PDFKit.PDFDocument

const ROW = 30
const FILLS = ['#1f5f5b', '#6aa39c', '#9aa5a8']
const TRACK = '#eef2f1'
const INK = '#1d2a2e'
const MUTED = '#4d5b60'

export function splitChartHeight(bars: number) {
  return bars * ROW + 14
}

/**
 * One horizontal bar per bucket: the share of the projected week, a dark tick at the bucket's
 * target, and the figures written beside it, so it reads without colour.
 */
export function drawSplitChart(doc: Doc, bars: SplitBar[], at: { x: number; y: number; width: number; regular: string; bold: string }) {
  const labelWidth = 150
  const valueWidth = 130
  const trackX = at.x + labelWidth
  const trackWidth = at.width - labelWidth - valueWidth
  bars.forEach((bar, i) => {
    const y = at.y + i * ROW
    doc
      .font(at.bold)
      .fontSize(9)
      .fillColor(INK)
      .text(bar.label, at.x, y, { width: labelWidth - 10, lineBreak: false, ellipsis: true, height: 12 })
    doc
      .font(at.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(bar.targetLabel, at.x, y + 12, { width: labelWidth - 10, lineBreak: false, ellipsis: true, height: 11 })
    doc
      .rect(trackX, y + 3, trackWidth, 14)
      .fillColor(TRACK)
      .fill()
    const share = Math.max(0, Math.min(100, bar.percent))
    if (share > 0)
      doc
        .rect(trackX, y + 3, (share / 100) * trackWidth, 14)
        .fillColor(FILLS[i % FILLS.length] ?? INK)
        .fill()
    const tx = trackX + (Math.max(0, Math.min(100, bar.target)) / 100) * trackWidth
    doc
      .moveTo(tx, y)
      .lineTo(tx, y + 20)
      .lineWidth(1.6)
      .strokeColor(INK)
      .stroke()
    doc
      .font(at.regular)
      .fontSize(9)
      .fillColor(INK)
      .text(bar.value, trackX + trackWidth + 10, y + 5, { width: valueWidth - 10, lineBreak: false, ellipsis: true, height: 12 })
  })
  const legendY = at.y + bars.length * ROW
  doc
    .moveTo(trackX, legendY + 1)
    .lineTo(trackX, legendY + 10)
    .lineWidth(1.6)
    .strokeColor(INK)
    .stroke()
  doc
    .font(at.regular)
    .fontSize(8)
    .fillColor(MUTED)
    .text('marks the target', trackX + 6, legendY + 1, { lineBreak: false })
}

/** A faint word across the page, drawn as glyph outlines so it is not extracted as text. */
export function drawWatermark(doc: Doc, font: Font, word: string, color: string) {
  const size = 120
  const scale = size / font.unitsPerEm
  const run = font.layout(word)
  const advance = run.positions.reduce((s, p) => s + p.xAdvance, 0) * scale
  const { width, height } = doc.page
  doc.save()
  doc.translate(width / 2, height / 2).rotate(-35)
  // DejaVu has no cap height in its OS/2 table: about 0.73 em.
  doc.translate(-advance / 2, ((font.capHeight || font.unitsPerEm * 0.73) * scale) / 2)
  doc.scale(scale, -scale)
  let x = 0
  run.glyphs.forEach((glyph, i) => {
    doc.save().translate(x, 0)
    doc.path(glyph.path.toSVG()).fillColor(color).fillOpacity(0.07).fill()
    doc.restore()
    x += run.positions[i]?.xAdvance ?? 0
  })
  doc.restore()
}
