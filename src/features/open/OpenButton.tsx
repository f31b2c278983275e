import { useRef } from 'react';
import { useAppStoreApi } from '../../store/store-context';
import { openFiles } from './open-debate';

/** "Open": picks a debate file (.json) from the reader's device. */
export function OpenButton({ label = 'Open' }: { label?: string }) {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title="Open a debate file (.json) from your device; you can also drop it on the page"
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-file-input"
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files?.length) void openFiles(store, [...files]);
          // Choosing the same file again, after fixing it, must fire again.
          event.currentTarget.value = '';
        }}
      />
    </>
  );
}
