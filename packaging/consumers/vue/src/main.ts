import '@llave-cdmx/core/theme.css';
import '@llave-cdmx/elements/login-button/llave-login-button.js';
import '@llave-cdmx/elements/session/llave-session.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
