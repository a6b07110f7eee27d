import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../lib/ext/content-app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    startContent(document).catch((error: unknown) => {
      // Never let our failure surface as the page's error.
      console.warn('[Verbatim]', error);
    });
  },
});
