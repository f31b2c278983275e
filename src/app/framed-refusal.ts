// What the full app shows instead of itself inside a frame its host refuses
// (frame-policy.ts): a plain notice and a link that opens the app in a tab of its own.
// Plain DOM, loaded only in such a frame: nothing of the app runs behind it.
import './framed-refusal.css';

export function showFramedRefusal(win: Window = window): void {
  const doc = win.document;
  const main = doc.createElement('main');
  main.className = 'framed-refusal';
  const heading = doc.createElement('h1');
  heading.textContent = 'Stancemap opens in its own tab';
  const why = doc.createElement('p');
  why.textContent =
    'This site shows only its embeddable view inside other pages, so that no page can pass the full app off as its own.';
  const link = doc.createElement('a');
  link.href = win.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Open Stancemap in a new tab';
  main.append(heading, why, link);
  doc.getElementById('root')?.replaceChildren(main);
}
