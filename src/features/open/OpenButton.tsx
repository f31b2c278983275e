import { useLingui } from '@lingui/react/macro';
import { useRef } from 'react';
import { useAppStoreApi } from '../../store/store-context';
import { openFiles } from './open-debate';

/** Every kind of file the import door reads (it goes by content; this only guides the picker). */
const ACCEPTED =
  '.json,.txt,.csv,.tsv,.xlsx,.ods,.argdown,.ad,application/json,text/plain,text/csv';

/** "Open": picks a debate file from the reader's device (several .csv files: one per sheet). */
export function OpenButton({ label }: { label?: string }) {
  const store = useAppStoreApi();
  const { t } = useLingui();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        title={t`Open a debate file from your device (JSON, Kialo export, spreadsheet, Argdown or AIF); you can also drop it on the page`}
        onClick={() => input.current?.click()}
      >
        {label ?? t`Open`}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        multiple
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
