// A Vue 3 app as a user writes one: the packages from their tarballs, built by Vite (the tags are
// custom elements through isCustomElement in scripts/host-check.js) and loaded by the host check.
import 'nvr-widgets/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
