/** Draws a chart off screen and returns it as a PNG, for the report PDF. Loads ECharts on demand. */
import type { ChartOption, ChartPalette } from './chartBase'
import type { ReportImage } from '@/pdf/reportDocument'

export async function chartImage(option: ChartOption, palette: ChartPalette, width = 1000, height = 380): Promise<ReportImage> {
  const { init } = await import('./echarts')
  const host = document.createElement('div')
  const chart = init(host, null, { renderer: 'canvas', width, height, devicePixelRatio: 2 })
  try {
    chart.setOption({ ...option, animation: false })
    return { dataUrl: chart.getDataURL({ type: 'png', backgroundColor: palette.surface }), aspect: width / height }
  } finally {
    chart.dispose()
  }
}
