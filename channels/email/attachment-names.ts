import { cleanLine } from './clean-text.js';

/** The longest file name kept (AttachmentMetaSchema allows 300). */
export const MAX_FILENAME_LENGTH = 200;
/** A file name is read from at most this much of its header value. */
const MAX_HEADER_VALUE_LENGTH = 64 * 1024;
/** The longest content type kept (AttachmentMetaSchema allows 200). */
export const MAX_CONTENT_TYPE_LENGTH = 100;

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
/** Characters no file system or download takes in a name. */
const UNSAFE_IN_NAME = /[<>:"|?*\\/]/g;

/** A content type as `type/subtype`, lowercase, or application/octet-stream when it is not one. */
export function cleanContentType(value: string): string {
  const type = value.trim().toLowerCase();
  return type.length <= MAX_CONTENT_TYPE_LENGTH && CONTENT_TYPE.test(type) ? type : 'application/octet-stream';
}

/** The extension a nameless part gets from its content type, for the parts mail brings without names. */
const EXTENSION_OF_TYPE: Readonly<Record<string, string>> = {
  'message/rfc822': '.eml',
  'message/global': '.eml',
  'message/delivery-status': '.txt',
  'message/disposition-notification': '.txt',
  'text/rfc822-headers': '.txt',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/calendar': '.ics',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'application/pdf': '.pdf',
};

/**
 * A file name safe to show and to save: its last path segment, no control, bidi or path characters, no leading
 * dots, at most MAX_FILENAME_LENGTH characters with its extension kept; `attachment-N` (with the extension of its
 * content type, when known) when nothing is left.
 */
export function cleanFilename(value: string | null, index: number, contentType: string): string {
  const lastSegment = (value ?? '').split(/[\\/]/).pop() ?? '';
  const name = cleanLine(lastSegment.replace(UNSAFE_IN_NAME, '_'), MAX_HEADER_VALUE_LENGTH).replace(/^[.\s]+/, '');
  if (name === '') return `attachment-${index + 1}${EXTENSION_OF_TYPE[contentType] ?? ''}`;
  if (name.length <= MAX_FILENAME_LENGTH) return name;
  const extension = /\.[^.\s]{1,10}$/.exec(name)?.[0] ?? '';
  return cleanLine(name.slice(0, MAX_FILENAME_LENGTH - extension.length), MAX_FILENAME_LENGTH) + extension;
}
