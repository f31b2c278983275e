// Actor kinds are the author's free codes ("eu-institution", "ngo"): readers see words,
// in the interface's language.
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { readerText } from './reader-text';

const KNOWN: Readonly<Record<string, MessageDescriptor>> = {
  'eu-institution': msg`EU institution`,
  'member-state': msg`EU member state`,
  'de-facto-authority': msg`De facto authority`,
  ngo: msg`Non-governmental organisation (NGO)`,
  'civil-society': msg`Civil society`,
  parliament: msg`Parliament`,
  'unnamed-group': msg`Group not named in the sources`,
  'international-organisation': msg`International organisation`,
  'international-organization': msg`International organisation`,
  court: msg`Court`,
  'affected-people': msg`People affected`,
  government: msg`Government`,
  institution: msg`Institution`,
  media: msg`Media`,
  business: msg`Business`,
  expert: msg`Expert`,
};

/** "eu-institution" → "EU institution"; an unknown code → its words, capitalised. */
export function actorKindLabel(kind: string): string {
  const known = KNOWN[kind.toLowerCase()];
  if (known) return readerText(known);
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
