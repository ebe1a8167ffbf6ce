/**
 * The blocking input() channel: a SharedArrayBuffer the worker waits on with
 * Atomics.wait while the page collects a line from the learner. Layout: two
 * Int32 slots (state, byte length) followed by the UTF-8 text.
 */

const STATE = 0;
const LENGTH = 1;
const HEADER_BYTES = 8;
/** Longest line a learner can send to input(), in UTF-8 bytes. */
export const STDIN_CAPACITY = 64 * 1024;

const WAITING = 0;
const ANSWERED = 1;

export function createStdinBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + STDIN_CAPACITY);
}

/** Page side: hand a line to the waiting worker. */
export function answerInput(buffer: SharedArrayBuffer, line: string): void {
  const header = new Int32Array(buffer, 0, 2);
  const encoded = new TextEncoder().encode(line).slice(0, STDIN_CAPACITY);
  new Uint8Array(buffer, HEADER_BYTES, STDIN_CAPACITY).set(encoded);
  Atomics.store(header, LENGTH, encoded.length);
  Atomics.store(header, STATE, ANSWERED);
  Atomics.notify(header, STATE);
}

/**
 * Worker side: block until the page answers. `poll` runs between short waits
 * so a pending interrupt (Stop) can end the wait by throwing.
 */
export function awaitInput(buffer: SharedArrayBuffer, poll: () => void): string {
  const header = new Int32Array(buffer, 0, 2);
  while (Atomics.load(header, STATE) !== ANSWERED) {
    Atomics.wait(header, STATE, WAITING, 50);
    poll();
  }
  const length = Atomics.load(header, LENGTH);
  // TextDecoder refuses views on shared memory, so copy out first.
  const bytes = new Uint8Array(buffer, HEADER_BYTES, length).slice();
  Atomics.store(header, STATE, WAITING);
  return new TextDecoder().decode(bytes);
}
