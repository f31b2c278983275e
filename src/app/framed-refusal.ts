// What the full app shows instead of itself inside a frame its host refuses
// (frame-policy.ts): a plain notice and a link that opens the app in a tab of its own.
// Plain DOM, loaded only in such a frame: nothing of the app runs behind it. It speaks
// the reader's language (`?lang=`, the remembered pick, the browser's), whose messages
// download first, as the app's would.
import { t } from '@lingui/core/macro';
import { startLanguage } from '../i18n/runtime';
import './framed-refusal.css';

export async function showFramedRefusal(win: Window = window): Promise<void> {
  await startLanguage();
  const doc = win.document;
  const main = doc.createElement('main');
  main.className = 'framed-refusal';
  const heading = doc.createElement('h1');
  heading.textContent = t`Stancemap opens in its own tab`;
  const why = doc.createElement('p');
  why.textContent = t`This site shows only its embeddable view inside other pages, so that no page can pass the full app off as its own.`;
  const link = doc.createElement('a');
  link.href = win.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = t`Open Stancemap in a new tab`;
  main.append(heading, why, link);
  doc.getElementById('root')?.replaceChildren(main);
}
