/**
 * Files a teacher saves from the browser: citation files of readings, and the download itself.
 */
import type { ReadingView } from './types';

/** Citation files of readings: BibTeX and RIS entries joined, CSL-JSON as one array. */
export function citationFiles(readings: ReadingView[]): { bibtex: string; ris: string; csl: string } {
  return {
    bibtex: readings.map((r) => r.bibtex.trim()).join('\n\n') + '\n',
    ris: readings.map((r) => r.ris.replace(/(\r\n)+$/, '')).join('\r\n\r\n') + '\r\n',
    csl: JSON.stringify(readings.map((r) => r.csl), null, 2) + '\n',
  };
}

/** Save the readings' citations as one BibTeX, RIS or CSL-JSON file. */
export function downloadCitations(readings: ReadingView[], stem: string, format: 'bibtex' | 'ris' | 'csl'): void {
  const files = citationFiles(readings);
  const ext = { bibtex: 'bib', ris: 'ris', csl: 'json' }[format];
  download(`${stem}.${ext}`, files[format], MIME[format]);
}

/** A file name from a title: lowercase ASCII words joined by hyphens. */
export function fileStem(title: string, fallback = 'assignment'): string {
  const stem = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-+/g, '-').slice(0, 60);
  return stem || fallback;
}

/** Starts a download of a text or bytes in the browser. */
export function download(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([typeof content === 'string' ? content : (content as BlobPart)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const MIME = {
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  csl: 'application/vnd.citationstyles.csl+json',
  imscc: 'application/zip',
};
