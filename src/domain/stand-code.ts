// A student's answers as a short code, for a link's fragment (`#stand=v1.…`) or for
// pasting into the class spread. Version 1:
//
//   v1.<debate>.<answers>.<check>
//
//   debate   4 base-36 characters: a hash of the debate's id and its positions' ids in
//            order, so a code made for another debate, or for another version of this
//            one, is refused rather than read into the wrong positions;
//   answers  one digit per position, in the debate's order: 0 not answered, 1 Agree,
//            2 Partly, 3 Disagree, 4 No opinion; plus 5 where "This matters more to me"
//            is ticked (6 to 9);
//   check    7 base-36 characters: a 32-bit hash of everything before it, so a mistyped
//            or edited code is refused (a change of any one character always is). It is
//            a check, not a signature: anyone can make a valid code, and that is fine,
//            since a code only ever fills in answers.
//
// The code holds nothing else: no name, no marks on arguments, no time.
import { ANSWERS, type PositionAnswer, type StandAnswers } from './stand-match';
import type { Debate, PositionId } from './model';
import { msg } from '@lingui/core/macro';
import { readerText } from './reader-text';

export const CODE_VERSION = 1;
/** The key of the fragment parameter: `#stand=v1.…`. */
export const FRAGMENT_KEY = 'stand';
/** Longer input is refused before it is looked at. */
const MAX_CODE_LENGTH = 1000;

/** FNV-1a, 32 bits: small, fast, and spreads short strings well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function hash4(text: string): string {
  return (fnv1a(text) % 36 ** 4).toString(36).padStart(4, '0');
}

/** The whole hash: FNV-1a changes with any single character, so a typo never slips by. */
function checkOf(body: string): string {
  return fnv1a(body).toString(36).padStart(7, '0');
}

/** A code's body with its check appended. */
export function sealCode(body: string): string {
  return `${body}.${checkOf(body)}`;
}

export function debateTag(debate: Debate): string {
  return hash4([debate.meta.id, ...debate.positions.map((p) => p.id)].join('\n'));
}

function digitOf(given: PositionAnswer | undefined): string {
  if (!given) return '0';
  return String(ANSWERS.indexOf(given.answer) + 1 + (given.matters ? 5 : 0));
}

export function encodeAnswers(debate: Debate, answers: StandAnswers): string {
  const body = `v${CODE_VERSION}.${debateTag(debate)}.${debate.positions
    .map((p) => digitOf(answers.get(p.id)))
    .join('')}`;
  return sealCode(body);
}

export type DecodeResult =
  | { readonly ok: true; readonly answers: StandAnswers }
  | { readonly ok: false; readonly reason: string };

const SHAPE = /^v(\d{1,3})\.([0-9a-z]{4})\.([0-9]{1,1000})\.([0-9a-z]{7})$/;

/**
 * Reads a code, or a link or fragment that holds one, against the debate. Letters may
 * come in either case (phones capitalise). Anything wrong gives a reason, in words.
 */
export function decodeAnswers(debate: Debate, input: string): DecodeResult {
  if (input.length > MAX_CODE_LENGTH)
    return { ok: false, reason: readerText(msg`it is far too long`) };
  let text = input.trim();
  const marker = text.indexOf(`#${FRAGMENT_KEY}=`);
  if (marker >= 0) text = text.slice(marker + FRAGMENT_KEY.length + 2);
  else if (text.startsWith(`${FRAGMENT_KEY}=`)) text = text.slice(FRAGMENT_KEY.length + 1);
  text = text.toLowerCase();
  // The version first: a later version may shape its codes differently.
  const version = /^v(\d{1,3})\./.exec(text)?.[1];
  if (version === undefined)
    return { ok: false, reason: readerText(msg`it is not a Stancemap answers code`) };
  if (Number(version) !== CODE_VERSION) {
    const given = Number(version);
    return {
      ok: false,
      reason: readerText(
        msg`it is a version ${given} code, and this app reads version ${CODE_VERSION}`,
      ),
    };
  }
  const match = SHAPE.exec(text);
  if (!match) return { ok: false, reason: readerText(msg`it is incomplete or damaged`) };
  const [, , tag = '', digits = '', check = ''] = match;
  if (checkOf(`v${version}.${tag}.${digits}`) !== check)
    return {
      ok: false,
      reason: readerText(msg`it was changed or mistyped: its check does not match`),
    };
  if (tag !== debateTag(debate) || digits.length !== debate.positions.length)
    return {
      ok: false,
      reason: readerText(msg`it was made for another debate, or another version of this one`),
    };
  const answers = new Map<PositionId, PositionAnswer>();
  for (const [i, position] of debate.positions.entries()) {
    const digit = Number(digits[i]);
    if (digit === 0) continue;
    // 5 would be "not answered, but it matters more": no code writes it.
    const answer = ANSWERS[(digit % 5) - 1];
    const place = i + 1;
    if (!answer)
      return { ok: false, reason: readerText(msg`answer ${place} is not a valid answer`) };
    answers.set(position.id, { answer, matters: digit > 5 });
  }
  return { ok: true, answers };
}

export interface ParsedCodes {
  readonly accepted: readonly StandAnswers[];
  /** Each refused code with its place in the pasted text (1-based) and why. */
  readonly refused: readonly { readonly place: number; readonly reason: string }[];
}

/** Several codes or links, separated by spaces, commas, semicolons or new lines. */
export function parseCodes(debate: Debate, text: string): ParsedCodes {
  const accepted: StandAnswers[] = [];
  const refused: { place: number; reason: string }[] = [];
  text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .forEach((token, i) => {
      const result = decodeAnswers(debate, token);
      if (result.ok) accepted.push(result.answers);
      else refused.push({ place: i + 1, reason: result.reason });
    });
  return { accepted, refused };
}

/** The answers a location's fragment carries; null when it carries none. */
export function answersInFragment(debate: Debate, hash: string): DecodeResult | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(FRAGMENT_KEY);
  return code === null ? null : decodeAnswers(debate, code);
}
