import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/ext/background-app';

export default defineBackground(() => {
  startBackground();
});
