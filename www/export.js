// Downloads: the Report as JSON, and a standalone HTML snapshot of the rendered report. The
// snapshot is serialized from DOM nodes by this small serializer, which escapes every text and
// attribute value, and carries a CSP that forbids all scripts.

const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);
// Interactive attributes are dropped: the snapshot is a static document.
const DROPPED_ATTRIBUTES = new Set(['tabindex', 'hidden', 'aria-describedby']);
// The page's selection (the sentence picked and its counterparts) is not part of the report.
const DROPPED_CLASSES = new Set(['is-active', 'is-counterpart', 'is-closest']);

/** Escapes text for an HTML text node. */
export function escapeText(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text) {
  return escapeText(text).replace(/"/g, '&quot;');
}

function attributesOf(node) {
  const out = [];
  for (const attribute of Array.from(node.attributes || [])) {
    const name = attribute.name.toLowerCase();
    // Never carry event handlers or script URLs, even though render.js never sets any.
    if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) continue;
    let value = attribute.value;
    if (name === 'class') value = value.split(/\s+/).filter((token) => token && !DROPPED_CLASSES.has(token)).join(' ');
    out.push(` ${name}="${escapeAttribute(value)}"`);
  }
  return out.join('');
}

/** Serializes a DOM node (element or text) as HTML with every value escaped. */
export function serializeNode(node) {
  if (node.nodeType === 3) return escapeText(node.nodeValue);
  if (node.nodeType !== 1) return '';
  const tag = node.tagName.toLowerCase();
  if (tag === 'script' || tag === 'button' || tag === 'template') return '';
  const open = `<${tag}${attributesOf(node)}>`;
  if (VOID_TAGS.has(tag)) return open;
  let inner = '';
  for (const child of Array.from(node.childNodes)) inner += serializeNode(child);
  return `${open}${inner}</${tag}>`;
}

/** A complete, script-free HTML document around serialized body parts. */
export function standaloneHtml({ title, css, parts, generator }) {
  // CSS never needs a raw "<"; its escape keeps "</style>" from ending the element.
  const safeCss = String(css).replace(/</g, '\\3c ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeAttribute(generator)}">`,
    `<title>${escapeText(title)}</title>`,
    `<style>${safeCss}</style>`,
    '</head>',
    '<body class="snapshot">',
    `<main>${parts.map(serializeNode).join('\n')}</main>`,
    `<footer><p>Made with ${escapeText(generator)}.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A copy of the rendered articles with each sentence's number before it (`source sentence 9` in
 * a caption is the sentence marked 9), since a static report has no selection to show the pair.
 */
export function numberedCopy(node) {
  const copy = node.cloneNode(true);
  for (const sentence of copy.querySelectorAll('.sentence[data-index]')) {
    const number = copy.ownerDocument.createElement('sup');
    number.setAttribute('class', 'sentence-number');
    number.textContent = String(Number(sentence.getAttribute('data-index')) + 1);
    sentence.insertBefore(number, sentence.firstChild);
  }
  return copy;
}

/** The report as pretty-printed JSON, exactly the Report's fields. */
export function reportJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The CSS rules of `doc`'s style sheets as text; a sheet that cannot be read adds nothing. */
export function pageCss(doc) {
  let css = '';
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) css += `${rule.cssText}\n`;
    } catch {
      // A sheet we cannot read adds nothing.
    }
  }
  return css;
}

/** Offers `text` for download as a file called `name`. */
export function download(doc, name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers the report for download as JSON, named as the HTML report of the same `date` is. */
export function downloadJson(doc, report, date) {
  download(doc, reportIdentity(report, date).filename.replace(/\.html$/, '.json'), 'application/json', reportJson(report));
}

/** An article's first sentence for a heading, cut at about `max` characters on a word. */
function opening(side, max = 90) {
  const first = side.sentences.length ? side.sentences[0].text.trim() : '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/**
 * A file name's words for an article: the first words of its opening, lower case, letters and
 * digits only. `“Dam opens on time,” mayor says` -> `dam-opens-on-time-mayor`.
 */
function slug(text, words = 5, max = 40) {
  const parts = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).slice(0, words);
  while (parts.length > 1 && parts.join('-').length > max) parts.pop();
  return parts.join('-').slice(0, max);
}

/**
 * What identifies a downloaded report when printed or filed: the title, a line naming both
 * articles by their first sentences and the day it was made, and a file name with the target's
 * first words and that day, so two handouts, or two reports made the same day, can be told
 * apart. `date` is a Date.
 */
export function reportIdentity(report, date) {
  const pad = (n) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const written = `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
  const target = opening(report.target);
  const source = opening(report.source);
  const quote = (text) => (text ? `“${text}”` : '(empty)');
  return {
    title: target ? `retold report: ${target}` : 'retold report',
    about: `Target: ${quote(target)}. Source: ${quote(source)}. Compared on ${written}.`,
    filename: `retold-${slug(target) || 'report'}-${day}.html`,
  };
}

/**
 * The downloadable HTML report: a heading that names both articles and the day, the summary, the
 * legend, both articles with numbered sentences (`columns`, cloned) and the word diffs, as one
 * script-free document. Returns `{ filename, html }`.
 */
export function reportHtml(doc, report, { summary, legend, columns, diffs, generator, date }) {
  const identity = reportIdentity(report, date);
  const element = (tag, text) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    return node;
  };
  const html = standaloneHtml({
    title: identity.title,
    css: pageCss(doc),
    parts: [element('h1', 'retold report'), element('p', identity.about), element('h2', 'Summary'), summary, legend,
      numberedCopy(columns), element('h2', 'Word diffs'), diffs],
    generator,
  });
  return { filename: identity.filename, html };
}

/**
 * While the page prints (Ctrl+P), the word diff of every pair that differs is laid out after the
 * results, as in the downloaded report, since a printout has no panel to click; it goes again
 * after printing. `current()` is the report on show or null, and `list(doc, report)` renders
 * the diffs (render.js's `renderDiffList`).
 */
export function printDiffs(win, results, current, list) {
  let printed = null;
  const clear = () => {
    if (printed) printed.remove();
    printed = null;
  };
  win.addEventListener('beforeprint', () => {
    clear();
    const report = current();
    if (!report || results.hidden) return;
    const doc = win.document;
    printed = doc.createElement('section');
    printed.className = 'print-diffs';
    const heading = doc.createElement('h2');
    heading.textContent = 'Word diffs';
    printed.append(heading, list(doc, report));
    results.append(printed);
  });
  win.addEventListener('afterprint', clear);
}
