import { describe, expect, it } from 'vitest'
import { isSafari, safariMayClearData } from '@/domain/safari'

const UA = {
  iosSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  ipadSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  iosFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  android: 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Safari/537.36',
  firefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0',
}

describe('Safari and its seven-day rule', () => {
  it('recognizes Safari on iPhone, iPad and Mac', () => {
    expect(isSafari(UA.iosSafari)).toBe(true)
    expect(isSafari(UA.ipadSafari)).toBe(true)
    expect(isSafari(UA.macSafari)).toBe(true)
  })

  it('does not take other browsers that mention Safari for Safari', () => {
    for (const ua of [UA.macChrome, UA.iosChrome, UA.iosFirefox, UA.edge, UA.android, UA.firefox]) expect(isSafari(ua), ua).toBe(false)
  })

  it('warns in a Safari tab only, not in the app added to the Home Screen or Dock', () => {
    expect(safariMayClearData({ userAgent: UA.iosSafari, installed: false })).toBe(true)
    expect(safariMayClearData({ userAgent: UA.iosSafari, installed: true })).toBe(false)
    expect(safariMayClearData({ userAgent: UA.macChrome, installed: false })).toBe(false)
  })
})
