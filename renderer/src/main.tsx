import { App } from '@renderer/app/App';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@renderer/styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
