/** How figures read on screen: the same wording the results PDF uses (domain/evaluation/figureWording.ts). */
export { figureDetail, formatMean, notAbleText, teachersNeededText } from '@/domain/evaluation/figureWording'
