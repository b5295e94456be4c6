/** Lays out one block of the model after another: how tall each is, and which writer draws it. */
import type { Block } from './model'
import type { Layout } from './layout'
import { splitChartHeight } from './drawings'
import { heading, headingStyle, list, paragraph, paragraphSize } from './textBlocks'
import { facts, table, tableStartHeight } from './tableBlocks'
import { captionHeight, image, splitChart } from './figureBlocks'
import { signatureGeometry, signatures } from './signatureBlock'
import { IMAGE_MAX_HEIGHT, SIZE } from './style'

/** Roughly how tall a block is, to keep a heading with what follows and signatures with their heading. */
export function measure(l: Layout, b: Block): number {
  switch (b.kind) {
    case 'heading': {
      const s = headingStyle(b.level)
      return s.before + l.textHeight(b.text, true, s.size) + s.after
    }
    case 'paragraph':
      return l.textHeight(b.text, !!b.bold, paragraphSize(b)) + 6
    case 'list':
      return b.items.reduce((h, item) => h + l.textHeight(item, false, b.small ? SIZE.small : SIZE.body, l.width - 16) + 3, 0)
    case 'facts':
      return b.rows.length * 20
    case 'table':
      return tableStartHeight(l, b)
    case 'splitChart':
      return splitChartHeight(b.bars.length) + 8
    case 'image':
      return Math.min(l.width / b.aspect, IMAGE_MAX_HEIGHT) + captionHeight(l, b.caption)
    case 'signatures':
      return signatureGeometry(l, b.signers).height + 6
    case 'keepTogether':
      return b.blocks.reduce((h, x) => h + measure(l, x), 0)
    case 'pageBreak':
      return 0
  }
}

/** What must fit below a heading: the next block, or its first few lines. */
export function keepWithNext(l: Layout, next: Block | undefined) {
  if (!next) return 0
  if (next.kind === 'table') return tableStartHeight(l, next)
  return Math.min(measure(l, next), 64)
}

export function block(l: Layout, b: Block, next?: Block) {
  switch (b.kind) {
    case 'heading':
      return heading(l, b.level, b.text, () => keepWithNext(l, next))
    case 'paragraph':
      return paragraph(l, b)
    case 'list':
      return list(l, b.items, b.tone ?? 'body', !!b.small)
    case 'facts':
      return facts(l, b.rows)
    case 'table':
      return table(l, b.columns, b.rows)
    case 'splitChart':
      return splitChart(l, b)
    case 'image':
      return image(l, b)
    case 'signatures':
      return signatures(l, b.signers)
    case 'keepTogether': {
      l.room(measure(l, b))
      b.blocks.forEach((x, i) => block(l, x, b.blocks[i + 1]))
      return
    }
    case 'pageBreak':
      l.doc.addPage()
      return
  }
}
