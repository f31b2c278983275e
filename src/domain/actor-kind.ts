// Actor kinds are the author's free codes ("eu-institution", "ngo"): readers see words.

const KNOWN: Readonly<Record<string, string>> = {
  'eu-institution': 'EU institution',
  'member-state': 'EU member state',
  'de-facto-authority': 'De facto authority',
  ngo: 'Non-governmental organisation (NGO)',
  'civil-society': 'Civil society',
  parliament: 'Parliament',
  'unnamed-group': 'Group not named in the sources',
  'international-organisation': 'International organisation',
  'international-organization': 'International organisation',
  court: 'Court',
  'affected-people': 'People affected',
  government: 'Government',
  institution: 'Institution',
  media: 'Media',
  business: 'Business',
  expert: 'Expert',
};

/** "eu-institution" → "EU institution"; an unknown code → its words, capitalised. */
export function actorKindLabel(kind: string): string {
  const known = KNOWN[kind.toLowerCase()];
  if (known) return known;
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
