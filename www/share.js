// Share links: both texts, deflated and base64url-encoded, in the URL fragment. The fragment never
// leaves the browser, so nothing is sent anywhere. Format: #v1=<base64url(deflate-raw(JSON))>.

/** The fragment prefix of a version-1 share link. */
export const SHARE_PREFIX = 'v1=';
/** Longest fragment accepted or made (Chromium's URL limit is 2 MB). */
export const MAX_SHARE_CHARS = 1_500_000;
/** Largest decompressed payload accepted, in bytes (guards against deflate bombs). */
export const MAX_SHARE_BYTES = 16 * 1024 * 1024;

/** A share link that cannot be read; its message is meant for people. */
export class ShareError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ShareError';
  }
}

function bytesToBase64url(bytes) {
  let binary = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk) {
    binary += String.fromCharCode.apply(null, bytes.subarray(at, at + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlToBytes(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new ShareError('This share link is damaged: it contains characters a share link never has.');
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

async function pump(stream, bytes, limit) {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      throw new ShareError('This share link holds more text than the page accepts.');
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Encodes both texts as a fragment value (without '#'), e.g. "v1=y0...". */
export async function encodeShare(source, target) {
  const json = new TextEncoder().encode(JSON.stringify({ source, target }));
  const deflated = await pump(new CompressionStream('deflate-raw'), json, Infinity);
  const fragment = SHARE_PREFIX + bytesToBase64url(deflated);
  if (fragment.length > MAX_SHARE_CHARS) {
    throw new ShareError('These texts are too long for a share link. Download the report instead.');
  }
  return fragment;
}

/** Whether a location.hash (with or without '#') is meant as a share link. */
export function isShareFragment(hash) {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/** Decodes a fragment made by encodeShare into {source, target}; throws ShareError when broken. */
export async function decodeShare(hash) {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) {
    throw new ShareError('This is not a retold share link.');
  }
  if (fragment.length > MAX_SHARE_CHARS) {
    throw new ShareError('This share link is too long to open.');
  }
  const bytes = base64urlToBytes(fragment.slice(SHARE_PREFIX.length));
  let inflated;
  try {
    inflated = await pump(new DecompressionStream('deflate-raw'), bytes, MAX_SHARE_BYTES);
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('This share link is damaged or cut short: its texts cannot be unpacked.');
  }
  let payload;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    throw new ShareError('This share link is damaged: its texts cannot be read.');
  }
  if (!payload || typeof payload.source !== 'string' || typeof payload.target !== 'string') {
    throw new ShareError('This share link does not hold a source and a target text.');
  }
  return { source: payload.source, target: payload.target };
}

/** Links longer than this break in many e-mail programs and chat apps. */
export const LONG_LINK_CHARS = 8000;

/**
 * What to tell the reader about a share link `link` made of `texts` ({source, target}):
 * `copied` says whether it reached the clipboard, `fromFile` whether the page is a file on
 * this computer. Null when both texts are empty and there is nothing to share.
 */
export function shareNote(texts, link, copied, fromFile) {
  if (!texts.source.trim() && !texts.target.trim()) return null;
  let note = `${copied ? 'Share link copied.' : 'Share link ready below.'} It holds both texts; nothing was uploaded.`;
  // Opened from a file (the single-file build), the link names this computer's copy of it.
  if (fromFile) note += ' But this page is a file on this computer, so the link works only here, or for someone who has the same file in the same folder.';
  if (link.length > LONG_LINK_CHARS) {
    note += ` At ${link.length.toLocaleString('en')} characters it is too long for most e-mail and chat: send the downloaded HTML report instead.`;
  }
  return note;
}
