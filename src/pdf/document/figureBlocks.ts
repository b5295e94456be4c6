/** Figures of the PDF, each with alternative text: the drawn split chart and chart images with captions. */
import type { Block } from './model'
import type { Layout } from './layout'
import { drawSplitChart, splitChartHeight } from './drawings'
import { paragraph } from './textBlocks'
import { BOLD, IMAGE_MAX_HEIGHT, IMAGE_MIN_SCALE, MARGIN_X, REGULAR, SIZE } from './style'

export function splitChart(l: Layout, b: Extract<Block, { kind: 'splitChart' }>) {
  const height = splitChartHeight(b.bars.length)
  l.room(height + 8)
  const top = l.doc.y
  l.tag('Figure', () => drawSplitChart(l.doc, b.bars, { x: MARGIN_X, y: top, width: l.width, regular: REGULAR, bold: BOLD }), {
    alt: b.alt,
    bbox: [MARGIN_X, top, MARGIN_X + l.width, top + height],
    placement: 'Block',
  })
  l.doc.x = MARGIN_X
  l.doc.y = top + height + 8
}

export function captionHeight(l: Layout, caption: string | undefined) {
  return caption ? 6 + l.textHeight(caption, false, SIZE.small) + 6 : 8
}

export function image(l: Layout, b: Extract<Block, { kind: 'image' }>) {
  let height = Math.min(l.width / b.aspect, IMAGE_MAX_HEIGHT)
  const below = captionHeight(l, b.caption)
  // A figure a little too tall for the room left shrinks to fit rather than leaving its page (page one keeps its chart).
  const free = l.bottom - l.doc.y - below
  if (free < height && free >= height * IMAGE_MIN_SCALE) height = free
  const width = height * b.aspect
  l.room(height + below)
  const top = l.doc.y
  l.tag(
    'Figure',
    () => {
      l.doc.image(b.png as never, MARGIN_X, top, { width, height })
    },
    { alt: b.alt, bbox: [MARGIN_X, top, MARGIN_X + width, top + height], placement: 'Block' },
  )
  l.doc.x = MARGIN_X
  l.doc.y = top + height + 6
  if (b.caption) paragraph(l, { text: b.caption, small: true, tone: 'muted' })
}
