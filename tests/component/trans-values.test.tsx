// Data inside a translated sentence stays text: a name that looks like markup is shown as
// written, never read as one of the sentence's own tags (and never logs an error).
import { Trans } from '@lingui/react/macro';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataText } from '../../src/ui/DataText';

describe('values in a translated sentence', () => {
  it.each(['<script>window.pwned = 1</script>', '<b>bold</b>', '<0>zero</0>', 'a < b'])(
    'shows %s as written',
    (name) => {
      const error = vi.spyOn(console, 'error');
      const { container } = render(
        <p>
          <Trans>
            Compare with <DataText>{name}</DataText> now
          </Trans>
        </p>,
      );
      expect(container.textContent).toBe(`Compare with ${name} now`);
      expect(container.querySelector('bdi')?.textContent).toBe(name);
      expect(container.querySelector('script, b')).toBeNull();
      expect(error).not.toHaveBeenCalled();
    },
  );
});
