/**
 * What an HTTP server (the queue, the console host) answers a request Node's HTTP parser gave up on before
 * any route saw it: Fastify's `clientErrorHandler`. The answer is written straight on the socket, in the
 * server's own error format, and the connection is closed.
 */
export interface ClientErrorAnswer {
  status: 400 | 408 | 431;
  code: string;
  message: string;
}

const REASON_PHRASES: Record<ClientErrorAnswer['status'], string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** The answer to the parser's error `errorCode` (Node's `code` of the clientError). */
export function clientErrorAnswer(errorCode: string | undefined): ClientErrorAnswer {
  if (errorCode === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      status: 408,
      code: 'request_timeout',
      message: 'The request did not arrive whole in time; send the headers and the whole body at once.',
    };
  }
  if (errorCode === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      code: 'headers_too_large',
      message: 'The request line and headers are larger than this server accepts; shorten the URL or the headers.',
    };
  }
  return {
    status: 400,
    code: 'malformed_request',
    message: 'The request is not valid HTTP/1.1: its request line or a header could not be read.',
  };
}

/** The part of a network socket the answer needs (Node's net.Socket). */
export interface ClientSocket {
  readonly writable: boolean;
  readonly destroyed: boolean;
  write(data: string): unknown;
  destroy(error?: Error): unknown;
}

/**
 * Answers the parser's `error` on `socket` with `body(answer)` as JSON and closes the connection; a
 * connection the client already reset gets nothing.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: ClientSocket,
  body: (answer: ClientErrorAnswer) => unknown,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const answer = clientErrorAnswer(error.code);
  if (socket.writable) {
    const json = JSON.stringify(body(answer));
    socket.write(
      `HTTP/1.1 ${answer.status} ${REASON_PHRASES[answer.status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${new TextEncoder().encode(json).length}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}
