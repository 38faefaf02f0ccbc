// A React 19 app as a user writes one: the packages from their tarballs, the tags typed by
// nvr-widgets/react (no declarations of its own), built by Vite and loaded by scripts/host-check.js.
import 'nvr-widgets/define.js';
import type {} from 'nvr-widgets/react';
import type { NvrFeeChangeDetail } from 'nvr-widgets';
import { StrictMode, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { fees } from '../fees.js';

function App(): ReactElement {
  const [quote, setQuote] = useState<NvrFeeChangeDetail>();
  const [toggles, setToggles] = useState<string[]>([]);
  return (
    <nvr-provider locale="en-GB" emergency-number="999">
      <main>
        <h1>NVR Widgets in React</h1>
        <nvr-cornerstones
          open="1"
          heading-level={2}
          onnvr-cornerstone-toggle={(event) =>
            setToggles((t) => [...t, `${event.detail.index}:${event.detail.open}`])
          }
        />
        <nvr-escalation-quiz mode="learn" count={3} />
        <nvr-sit-in-planner storage="none" />
        {/* An object, set as the element's `config` property by React 19. */}
        <nvr-fee-calculator config={fees} onnvr-fee-change={(event) => setQuote(event.detail)} />
        <p>
          Total: <output id="gross">{quote ? (quote.gross / 100).toFixed(2) : ''}</output>{' '}
          <output id="currency">{quote?.currency}</output>
        </p>
        <p>
          Toggled: <output id="toggles">{toggles.join(' ')}</output>
        </p>
      </main>
    </nvr-provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
