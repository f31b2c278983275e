// The problems of opening a file or a link that arise before the loader reads a byte:
// the reader's pick is too large or unreadable, or a link sent the app elsewhere.
import { formatBytes } from './limits';
import { problem, shown, type Problem } from './problems';

/** The file names as a problem names them: quoted, or "the file" when the browser gave none. */
function filesNamed(names: string) {
  return names ? shown(names) : /*i18n*/ { id: 'open.nameless-file', message: 'the file' };
}

export function filesTooLarge(names: string, bytes: number, maxBytes: number): Problem {
  return problem(
    'too-large',
    '',
    /*i18n*/ {
      id: 'open.too-large',
      message: '{name} is {size}; a debate may be at most {max}.',
      values: { name: filesNamed(names), size: formatBytes(bytes), max: formatBytes(maxBytes) },
    },
  );
}

export function filesUnreadable(names: string, error: unknown): Problem {
  return problem(
    'unreadable-file',
    '',
    /*i18n*/ {
      id: 'open.unreadable',
      message: '{name} could not be read ({reason}).',
      values: {
        name: filesNamed(names),
        reason: error instanceof Error ? error.message : String(error),
      },
    },
  );
}

/** A link whose redirect lands where a link may not point: the refusal, named as such. */
export function redirectRefused(url: string, refusal: Problem): Problem {
  return problem(
    refusal.code,
    '',
    /*i18n*/ {
      id: 'open.redirected',
      message: '{url} sent Stancemap on to another address, which it will not open: {reason}',
      values: { url, reason: refusal.text ?? refusal.message },
    },
  );
}
