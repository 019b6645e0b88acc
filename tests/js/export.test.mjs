// node --test: the standalone HTML snapshot escapes everything and carries no script.
import assert from 'node:assert/strict';
import test from 'node:test';
import { doc } from './dom-shim.mjs';
import { REPORT, hostileReport } from './fixtures.mjs';
import { renderReport } from '../../www/render.js';
import { escapeAttribute, escapeText, reportIdentity, reportJson, serializeNode, standaloneHtml } from '../../www/export.js';

test('escaping covers text and attribute specials', () => {
  assert.equal(escapeText('<a & b>'), '&lt;a &amp; b&gt;');
  assert.equal(escapeAttribute('"x" <y>'), '&quot;x&quot; &lt;y&gt;');
});

test('serializeNode writes elements, attributes and text', () => {
  const node = doc.createElement('p');
  node.setAttribute('class', 'x');
  node.setAttribute('data-label', 'a"b');
  node.setAttribute('tabindex', '0');
  node.setAttribute('onclick', 'alert(1)');
  node.appendChild(doc.createTextNode('1 < 2'));
  assert.equal(serializeNode(node), '<p class="x" data-label="a&quot;b">1 &lt; 2</p>');
});

test('serializeNode leaves out the page\'s selection classes', () => {
  const node = doc.createElement('span');
  node.setAttribute('class', 'sentence label-copied is-active');
  const other = node.appendChild(doc.createElement('span'));
  other.setAttribute('class', 'is-counterpart sentence label-reworded');
  assert.equal(serializeNode(node), '<span class="sentence label-copied"><span class="sentence label-reworded"></span></span>');
});

test('serializeNode drops scripts and buttons', () => {
  const box = doc.createElement('div');
  box.appendChild(doc.createElement('script')).textContent = 'alert(1)';
  box.appendChild(doc.createElement('button')).textContent = 'Click';
  assert.equal(serializeNode(box), '<div></div>');
});

test('a snapshot of hostile text contains no live markup and no script', () => {
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const views = renderReport(doc, hostileReport(payload));
  const html = standaloneHtml({ title: '<t>', css: 'body{color:red}</style><script>x</script>',
    parts: [views.summary, views.target], generator: 'retold "test"' });
  assert.ok(!/<img|<script/i.test(html), html);
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
  assert.equal((html.match(/<\/style>/g) || []).length, 1);
  assert.ok(html.startsWith('<!doctype html>'));
});

test('reportJson is the Report itself', () => {
  assert.deepEqual(JSON.parse(reportJson(REPORT)), REPORT);
});

test('reportIdentity names both articles by their first sentences and the day, in the file name too', () => {
  const identity = reportIdentity(REPORT, new Date(2026, 10, 29, 16, 5));
  assert.equal(identity.title, 'retold report: Big day!');
  assert.equal(identity.about, 'Target: “Big day!”. Source: “Dam opens.”. Compared on 29 November 2026.');
  assert.equal(identity.filename, 'retold-big-day-2026-11-29.html');
  const long = structuredClone(REPORT);
  long.target.sentences[0].text = `${'Word '.repeat(40)}end.`;
  long.source.sentences = [];
  const cut = reportIdentity(long, new Date(2026, 0, 5));
  assert.ok(cut.title.endsWith('Word…') && cut.title.length < 110, cut.title);
  assert.match(cut.about, /Source: \(empty\)\. Compared on 5 January 2026\.$/);
  assert.equal(cut.filename, 'retold-word-word-word-word-word-2026-01-05.html');
  // The target's first words name the file, in any script; with none, it is a report.
  const named = (text) => {
    const other = structuredClone(REPORT);
    other.target.sentences = text === null ? [] : [{ ...REPORT.target.sentences[0], text }];
    return reportIdentity(other, new Date(2026, 10, 29)).filename;
  };
  assert.equal(named('“Dam opens on time,” mayor says / Ödön’s 3rd view'), 'retold-dam-opens-on-time-mayor-2026-11-29.html');
  assert.equal(named('Zürich stimmt ab'), 'retold-zürich-stimmt-ab-2026-11-29.html');
  assert.equal(named('Supercalifragilisticexpialidociousnessesquely long'), 'retold-supercalifragilisticexpialidociousnesses-2026-11-29.html');
  assert.equal(named('— … —'), 'retold-report-2026-11-29.html');
  assert.equal(named(null), 'retold-report-2026-11-29.html');
});
