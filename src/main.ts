import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { db } from './db/database'
import { openDatabase, watchDatabase } from './db/lifecycle'
import { useStorageHealth } from './stores/storageHealth'
import StorageUnavailable from './components/data/StorageUnavailable.vue'
import './styles/base.css'
// Print rules last, so they override the screen rules they share selectors with.
import './styles/print.css'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(createAppRouter())
watchDatabase(db, (message) => useStorageHealth(pinia).report(message))
// Without IndexedDB the app cannot work: show why instead of a blank page.
void openDatabase(db).then((problem) => {
  if (!problem) return
  app.unmount()
  createApp(StorageUnavailable, { message: problem }).mount('#app')
})
app.mount('#app')
