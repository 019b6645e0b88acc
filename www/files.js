// Opening a file into a text box, from the "Open file…" buttons or by dropping it on the box: plain
// text only (UTF-8, or UTF-16 with a byte-order mark), checked in full before the box changes, so a
// wrong file leaves the reader's text as it was.
import { isBinary } from './status.js';

/** The largest file opened: 16 MiB, the command line's limit too. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A file that cannot be opened as an article; its message tells the reader what to do instead. */
export class FileError extends Error {}

// A saved web page is valid text, but its markup is not the article; this page parses no markup.
const WEB_PAGE = /\.(html?|xhtml|mht|mhtml)$/i;

/**
 * The encoding of a file's bytes: UTF-16 when a byte-order mark says so (`FF FE`, as Windows
 * Notepad saves "Unicode", or `FE FF`), else UTF-8.
 */
export function encodingOf(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Reads a `File` as an article's text: UTF-8 or UTF-16 with a byte-order mark, the mark
 * dropped, and no binary data (see isBinary). `wire.txt` -> its text; `story.docx`, `photo.jpg` or `page.html` -> a
 * FileError saying why.
 */
export async function readArticle(file) {
  const name = file.name ? `“${file.name}”` : 'The file';
  if (WEB_PAGE.test(file.name || '') || /^text\/html\b/.test(file.type || '')) {
    throw new FileError(`${name} is a web page. Open it in the browser, copy the article's text and paste it here.`);
  }
  if (file.size > MAX_FILE_BYTES) {
    throw new FileError(`${name} is over ${MAX_FILE_BYTES / 1048576} MB, the largest file that can be opened.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = null;
  try {
    text = new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: reported below with the other files that are not plain text.
  }
  // Bytes that are no valid UTF-8 but hold no control codes, which binary files are full of, are
  // text in an older encoding: `Caf\xe9` from a Windows-1252 editor.
  if (text === null && !bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d)) {
    throw new FileError(`${name} is text in an older encoding (such as Windows-1252), not UTF-8. Save it as UTF-8 ` +
      '(Notepad: Save as, Encoding: UTF-8), or open it, copy the article\'s text and paste it here.');
  }
  if (text === null || isBinary(text)) {
    throw new FileError(`${name} is not plain text (UTF-8). Open it, copy the article's text and paste it here.`);
  }
  return text;
}

/**
 * Which box each of the files dropped on `side` (null: beside the boxes) opens in, as
 * `[side, file]` pairs; null when they cannot be placed. One file opens in the box it was
 * dropped on. Two files are a pair dropped together, wherever: the first opens in Source, the
 * second in Target (`[wire.txt, story.txt]` -> source wire, target story).
 */
export function placeFiles(side, files) {
  if (files.length === 1 && side) return [[side, files[0]]];
  if (files.length === 2) return [['source', files[0]], ['target', files[1]]];
  return null;
}

const named = (file) => (file.name ? `“${file.name}”` : 'the file');

/** What opening the placed files did: `Opened “wire.txt” in place of your source text.` */
export function openedNote(placed) {
  const [[side, file], second] = placed;
  return second ? `Opened ${named(file)} as the source and ${named(second[1])} as the target (Swap turns them round).` :
    `Opened ${named(file)} in place of your ${side} text.`;
}

/** Why `count` dropped files were not opened, and what to do instead. */
export function strayNote(count) {
  return count > 2 ? `${count} files dropped: drop one on a box, or two to open the first as the source and the second as the target.` :
    'Drop the file on the Source or the Target box, or drop two files to open both.';
}

/**
 * Opens files into the boxes: an "Open file…" button (`button.open-file[data-side]`) picks one
 * through `fileInput` and calls `open([[side, file]])`; files dropped on a box or beside the
 * boxes call `open(placeFiles(...))`. Files that cannot be placed call `stray(count)` and are
 * refused rather than left to the browser, which would open one in place of the page and lose
 * the reader's texts.
 */
export function wireFileOpening(document, inputs, fileInput, open, stray) {
  let chosenSide = 'source';
  for (const button of document.querySelectorAll('button.open-file')) {
    button.addEventListener('click', () => {
      chosenSide = button.getAttribute('data-side');
      fileInput.click();
    });
  }
  fileInput.addEventListener('change', () => {
    const [file] = fileInput.files;
    fileInput.value = '';
    if (file) open([[chosenSide, file]]);
  });
  const drop = (side, event) => {
    const files = Array.from(event.dataTransfer.files);
    const placed = placeFiles(side, files);
    if (placed) open(placed);
    else stray(files.length);
  };
  const hasFiles = (event) => Array.from(event.dataTransfer?.types || []).includes('Files');
  for (const [side, box] of Object.entries(inputs)) {
    box.addEventListener('dragover', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      box.classList.add('is-drop-target');
    });
    box.addEventListener('dragleave', () => box.classList.remove('is-drop-target'));
    box.addEventListener('drop', (event) => {
      box.classList.remove('is-drop-target');
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      drop(side, event);
    });
  }
  const view = document.defaultView;
  view.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  view.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    drop(null, event);
  });
}
