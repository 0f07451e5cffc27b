/** The queue's own error in a failed answer, as QueueClient puts it in the failure's details. */
export interface QueueRefusal {
  /** The HTTP status, null where the failure is not an answer of the queue (unreachable, unreadable). */
  status: number | null;
  /** The queue's error code (ErrorBody.error.code). */
  code: string | null;
  details: unknown;
}

/** Reads the details of a failed QueueClient call (`{ status, error: ErrorBody.error }`); nulls for any other failure. */
export function queueRefusalOf(details: unknown): QueueRefusal {
  const answered = (details ?? {}) as { status?: unknown; error?: { code?: unknown; details?: unknown } | null };
  return {
    status: typeof answered.status === 'number' ? answered.status : null,
    code: typeof answered.error?.code === 'string' ? answered.error.code : null,
    details: answered.error?.details,
  };
}
