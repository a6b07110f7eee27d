import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../lib/ext/content-app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // document_idle: the browser benchmark measures from here to the highlights.
    performance.mark('verbatim:idle');
    startContent(document).catch((error: unknown) => {
      // Never let our failure surface as the page's error.
      console.warn('[Verbatim]', error);
    });
  },
});
