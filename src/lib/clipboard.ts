/**
 * Copies text with the Clipboard API. False where the browser blocks it (no permission,
 * an insecure page, a sandboxed iframe): the caller then selects the text for the
 * keyboard instead.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
