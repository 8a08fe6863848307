// Starts the Hearth web app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.css';
import './styles/hearth.css';
import { App } from './App';
import { SessionProvider } from './session/SessionContext';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
