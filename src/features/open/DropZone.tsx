// Drop a debate file anywhere on the page to open it. While a file is dragged over the
// page an overlay says what will happen; other drags (text, links) are left alone.
import { useEffect, useState } from 'react';
import { Trans } from '@lingui/react/macro';
import { useAppStoreApi } from '../../store/store-context';
import { openFiles } from './open-debate';
import './open.css';

/** The drag type a browser gives a drag that carries files. */
const FILES_DRAG_TYPE = 'Files';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes(FILES_DRAG_TYPE);
}

export function DropZone() {
  const store = useAppStoreApi();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them.
    let depth = 0;
    const reset = () => {
      depth = 0;
      setDragging(false);
    };
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      reset();
      const files = event.dataTransfer?.files;
      if (files) void openFiles(store, Array.from(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('blur', reset);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('blur', reset);
    };
  }, [store]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">
          <Trans>Drop the debate file to open it</Trans>
        </p>
        <p className="drop-overlay__text">
          <Trans>
            Stancemap JSON, a Kialo export, a spreadsheet (.xlsx, .ods or .csv sheets), Argdown or
            AIF. If it has problems, Stancemap lists them and the debate on screen stays open.
          </Trans>
        </p>
      </div>
    </div>
  );
}
