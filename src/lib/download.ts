/** Saves a blob as a file with the given name, through a temporary link. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `eu-taliban-returns-graph-2026-11-21.png`: the debate, what, and today's date. */
export function exportFileName(
  debateId: string,
  what: string,
  extension: string,
  today = new Date(),
): string {
  return `${debateId}-${what}-${today.toISOString().slice(0, 10)}.${extension}`;
}
