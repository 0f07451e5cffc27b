import type { StoredAttachment } from '../storage/email-store.js';

/** A content type as recorded, when it is a plain `type/subtype` (parameters allowed); else plain bytes. */
const CONTENT_TYPE =
  /^[a-z0-9!#$&^_.+-]{1,100}\/[a-z0-9!#$&^_.+-]{1,100}(\s*;\s*[a-z0-9_.-]+=("[^"\\\r\n]*"|[a-z0-9_.-]+))*$/i;

/**
 * The headers of an attachment download: its recorded content type (when well-formed), always as an attachment
 * (never shown in place), nosniff, and a sandbox policy should a browser render it anyway (an HTML original).
 */
export function attachmentHeaders(
  attachment: Pick<StoredAttachment, 'filename' | 'contentType'>,
): Record<string, string> {
  const contentType = CONTENT_TYPE.test(attachment.contentType) ? attachment.contentType : 'application/octet-stream';
  const filename = attachment.filename.trim() || 'attachment';
  const ascii = filename.replace(/[^A-Za-z0-9._ -]/g, '_').slice(0, 150);
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
}
