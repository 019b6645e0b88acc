// node --test: house rules over www/ that hold for every file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';

const WWW = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../www');
const files = fs.readdirSync(WWW).filter((name) => /\.(js|html|css|svg)$/.test(name));

test('no markup-parsing DOM APIs anywhere in www/', () => {
  const banned = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(/;
  for (const name of files) {
    const text = fs.readFileSync(path.join(WWW, name), 'utf8');
    assert.ok(!banned.test(text), `${name} uses ${text.match(banned)}`);
  }
});

test('no request can leave the page: no absolute URLs outside the SVG namespace', () => {
  for (const name of files) {
    const text = fs.readFileSync(path.join(WWW, name), 'utf8').replace('http://www.w3.org/2000/svg', '');
    assert.ok(!/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i.test(text), `${name} names a URL`);
    assert.ok(!/@import|url\(\s*['"]?(?!data:)/i.test(name.endsWith('.css') ? text : ''), `${name} loads CSS resources`);
  }
});

test('index.html has a strict CSP and labelled inputs', () => {
  const html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.ok(!/unsafe-inline|unsafe-eval'|\*/.test(csp.replace("'wasm-unsafe-eval'", '')), csp);
  assert.match(html, /<label for="source-input">Source/);
  assert.match(html, /<label for="target-input">Target/);
  assert.match(html, /role="status"/);
});

test('files stay small and use source/target naming', () => {
  for (const name of files) {
    const text = fs.readFileSync(path.join(WWW, name), 'utf8');
    assert.ok(text.split('\n').length <= 500, `${name} is over 500 lines`);
    if (name.endsWith('.js')) {
      assert.ok(!/\b(lhs|rhs|leftText|rightText|oldText|newText)\b/.test(text), `${name} uses a/b naming`);
    }
  }
});
