import { MAX_JSON_DEPTH } from '../../shared/api/input-limits.js';
import { MAX_MESSAGE_LENGTH } from '../../shared/domain/ticket.js';

/** The bounds of an import: input beyond them is reported (with its line or file) and not stored. */
export const IMPORT_LIMITS = {
  /** Longest line of a tickets export, in bytes (a ticket with all its comments is one line). */
  lineBytes: 16 * 1024 * 1024,
  /** How deep a line's objects and arrays may nest: as a request body's. */
  jsonDepth: MAX_JSON_DEPTH,
  /** Most comments one ticket may have. */
  commentsPerTicket: 1_000,
  /** Longest message, in characters: the queue's own limit. */
  messageLength: MAX_MESSAGE_LENGTH,
  /** Longest subject, in characters (as an intake's). */
  subjectLength: 300,
  /** Most tags one ticket may carry (kept in its audit record), and the longest tag. */
  tagsPerTicket: 100,
  tagLength: 100,
  /** Largest articles file or Markdown file, in bytes. */
  articleFileBytes: 64 * 1024 * 1024,
  /** Most Markdown files in a folder, and most articles in a Help Center file. */
  articleCount: 5_000,
  /** Problems listed one by one in the report; any more are counted. */
  reportedProblems: 1_000,
} as const;
