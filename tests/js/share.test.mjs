// node --test: share-link encode/decode round trips and every kind of broken link.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import test from 'node:test';
import {
  LONG_LINK_CHARS, MAX_SHARE_CHARS, SHARE_PREFIX, ShareError, decodeShare, encodeShare, isShareFragment, shareNote,
} from '../../www/share.js';

async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64url(bytes) {
  return Buffer.from(bytes).toString('base64url');
}

test('round trip keeps both texts exactly, including non-BMP and markup', async () => {
  const source = 'Zürich 🌊 flood.\n\n<img src=x onerror=alert(1)> "quoted" & more';
  const target = 'javascript:alert(1) — <script>alert(2)</script>\r\nend';
  const fragment = await encodeShare(source, target);
  assert.ok(fragment.startsWith(SHARE_PREFIX));
  assert.match(fragment.slice(SHARE_PREFIX.length), /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeShare(`#${fragment}`), { source, target });
  assert.deepEqual(await decodeShare(fragment), { source, target });
});

test('round trip of empty texts', async () => {
  assert.deepEqual(await decodeShare(await encodeShare('', '')), { source: '', target: '' });
});

test('repetitive articles compress well', async () => {
  const text = 'The dam opened on Tuesday. '.repeat(400);
  const fragment = await encodeShare(text, text);
  assert.ok(fragment.length < text.length / 10, `fragment has ${fragment.length} chars`);
});

test('isShareFragment recognises only v1 links', () => {
  assert.equal(isShareFragment('#v1=abc'), true);
  assert.equal(isShareFragment('v1=abc'), true);
  assert.equal(isShareFragment('#section-2'), false);
  assert.equal(isShareFragment(''), false);
});

async function rejects(hash, pattern) {
  await assert.rejects(decodeShare(hash), (error) => {
    assert.ok(error instanceof ShareError, `${error.name}: ${error.message}`);
    assert.match(error.message, pattern);
    return true;
  });
}

test('malformed links give a clear ShareError', async () => {
  const good = await encodeShare('Source text.', 'Target text.');
  await rejects('#v2=abc', /not a retold share link/);
  await rejects('#v1=not*base64!', /damaged/);
  await rejects('#v1=a', /damaged/);
  await rejects(`#${good.slice(0, good.length - 6)}`, /damaged|cut short/);
  await rejects('#v1=', /damaged|cut short/);
  await rejects(`#v1=${base64url(new TextEncoder().encode('plain, not deflated'))}`, /damaged|cut short/);
});

test('links that unpack to the wrong shape are refused', async () => {
  await rejects(`#v1=${base64url(await deflate('not json'))}`, /cannot be read/);
  await rejects(`#v1=${base64url(await deflate('{"source": 1, "target": "x"}'))}`, /source and a target/);
  await rejects(`#v1=${base64url(await deflate('null'))}`, /source and a target/);
  await rejects(`#v1=${base64url(await deflate('["a","b"]'))}`, /source and a target/);
});

test('oversized links and deflate bombs are refused', async () => {
  await rejects(`#v1=${'A'.repeat(MAX_SHARE_CHARS + 1)}`, /too long/);
  const bomb = await deflate(JSON.stringify({ source: ' '.repeat(20 * 1024 * 1024), target: '' }));
  await rejects(`#v1=${base64url(bomb)}`, /more text than the page accepts/);
});

test('texts too long for a link are refused when sharing', async () => {
  // Random letters barely compress: 2 M of them cannot fit in a 1.5 M-character link.
  const noise = Array.from(randomBytes(2_000_000), (byte) => String.fromCharCode(33 + (byte % 90))).join('');
  await assert.rejects(encodeShare(noise, ''), /too long for a share link/);
});

test('the share note says what the link holds, warns of a long link, and has nothing to say of empty boxes', () => {
  const texts = { source: 'A source.', target: 'A target.' };
  assert.equal(shareNote({ source: ' ', target: '\n' }, '', true, false), null);
  assert.equal(shareNote(texts, 'https://x/#v1=abc', true, false), 'Share link copied. It holds both texts; nothing was uploaded.');
  assert.match(shareNote(texts, 'file:///x#v1=abc', false, true), /^Share link ready below\..* works only here/);
  const long = `https://x/#v1=${'a'.repeat(LONG_LINK_CHARS)}`;
  assert.match(shareNote(texts, long, true, false), /At [\d,]+ characters it is too long for most e-mail and chat/);
});
