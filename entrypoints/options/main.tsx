import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { loadSettings, saveSettings } from '../../lib/ext/settings-store';
import { t } from '../../lib/i18n';

document.title = t('optionsHeading');

render(
  <OptionsApp api={{ load: loadSettings, save: saveSettings, openSourcesPage: () => void browser.tabs.create({ url: browser.runtime.getURL('/sources.html') }) }} />,
  document.getElementById('app')!,
);
