/* eslint-disable vue/one-component-per-file -- stand-in screens for specs, not app components */
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type RouteLocationRaw, type RouteRecordRaw, type Router } from 'vue-router'
import { routes as appRoutes } from '@/router'

/** A stand-in for a screen the spec does not test: links and navigations to it still resolve. */
const stubFor = (name: string): Component => defineComponent({ name: `Stub-${name}`, render: () => h('p', name) })

/** The app's route table with every screen a stub, except the components given by route name. */
export function routesWith(real: Record<string, Component>): RouteRecordRaw[] {
  const swap = (record: RouteRecordRaw): RouteRecordRaw => {
    const name = typeof record.name === 'string' ? record.name : undefined
    if ('redirect' in record && record.redirect) return record
    const children = record.children?.map(swap)
    const component =
      name && real[name] ? real[name] : children ? defineComponent({ render: () => h(RouterView) }) : stubFor(name ?? record.path)
    return { ...record, component, children } as RouteRecordRaw
  }
  return appRoutes.map(swap)
}

export interface MountedView {
  wrapper: VueWrapper
  router: Router
}

/**
 * Mounts `component` with a memory router on the app's own routes (other screens stubbed) and a
 * fresh active Pinia, after navigating to `at`. `real` names routes that render real components.
 */
export async function mountWithRouter(
  component: Component,
  at: RouteLocationRaw,
  options: { real?: Record<string, Component>; attach?: boolean; routes?: RouteRecordRaw[] } = {},
): Promise<MountedView> {
  const router = createRouter({ history: createMemoryHistory(), routes: options.routes ?? routesWith(options.real ?? {}) })
  await router.push(at)
  await router.isReady()
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(component, { global: { plugins: [router, pinia] }, attachTo: options.attach === false ? undefined : document.body })
  return { wrapper, router }
}

/** Mounts the router's own view at `at`, so nested routes render as in the app. */
export function mountRoutes(at: RouteLocationRaw, options: { real?: Record<string, Component>; routes?: RouteRecordRaw[] } = {}) {
  return mountWithRouter(defineComponent({ render: () => h(RouterView) }), at, options)
}
