import type { ChartOption } from './chartBase'

type TooltipOption = Exclude<NonNullable<ChartOption['tooltip']>, unknown[]>

/**
 * ECharts writes its default tooltips as HTML with inline `style` attributes (markers, layout),
 * which the app's content security policy (style-src 'self') blocks: every hover logged errors
 * and the markers lost their colour. Rich-text mode draws the tooltip, markers included, on the
 * chart's canvas. Applied where every chart is drawn, so no chart option can forget it.
 */
export function withCanvasTooltips(option: ChartOption): ChartOption {
  if (option.tooltip === undefined) return option
  const onCanvas = (t: TooltipOption): TooltipOption => ({ ...t, renderMode: 'richText' })
  return { ...option, tooltip: Array.isArray(option.tooltip) ? option.tooltip.map(onCanvas) : onCanvas(option.tooltip) }
}
