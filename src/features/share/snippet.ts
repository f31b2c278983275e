// The embed code a publisher pastes into a page: an iframe of the current state and
// the host script that fits its height to the content (url-and-embed.md).
import { msg } from '@lingui/core/macro';

export const SIZE_PRESETS = [
  { id: 'small', label: msg`Small`, height: 400 },
  { id: 'medium', label: msg`Medium`, height: 600 },
  { id: 'large', label: msg`Large`, height: 800 },
] as const;

export type SizePreset = (typeof SIZE_PRESETS)[number];
export type SizeId = SizePreset['id'];

/** Text made safe inside a double-quoted HTML attribute. Titles come from data. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  /** The iframe's address: the current state with embed=1. */
  readonly src: string;
  /** The iframe's accessible name. */
  readonly title: string;
  /** The height before the host script fits it to the content, in CSS pixels. */
  readonly height: number;
  /** The address of embed.js, beside the app. */
  readonly scriptSrc: string;
}

export function embedSnippet({ src, title, height, scriptSrc }: SnippetOptions): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${Math.round(height)}" style="width:100%;border:0"` +
    ` loading="lazy" data-stancemap></iframe>`;
  return `${iframe}\n<script src="${escapeAttribute(scriptSrc)}" async></script>`;
}
