export type StreamName = "stdout" | "stderr";

/** Most output one Run or Check may send to the page; the rest is dropped with a notice. */
export const OUTPUT_LIMIT_CHARS = 2_000_000;
const FLUSH_INTERVAL_MS = 40;

/**
 * Coalesces Python's writes into few messages. A print loop would otherwise
 * post one message per line and flood the page; a single timer would never
 * fire while Python runs synchronously. So: flush at once when the last flush
 * is old enough, otherwise on a short timer, which runs as soon as Python
 * yields (await asyncio.sleep) or finishes.
 */
export class OutputBatcher {
  private pending: { stream: StreamName; text: string }[] = [];
  private lastFlush = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sent = 0;
  private truncated = false;

  constructor(
    private readonly send: (stream: StreamName, text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  write(stream: StreamName, text: string): void {
    if (this.truncated || text.length === 0) return;
    const room = OUTPUT_LIMIT_CHARS - this.sent;
    if (text.length > room) {
      this.truncated = true;
      text = `${text.slice(0, room)}\n[Output stopped here: more than ${OUTPUT_LIMIT_CHARS.toLocaleString("en")} characters were printed.]\n`;
    }
    this.sent += text.length;
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    if (this.now() - this.lastFlush >= FLUSH_INTERVAL_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.lastFlush = this.now();
    const pending = this.pending;
    this.pending = [];
    for (const chunk of pending) this.send(chunk.stream, chunk.text);
  }

  /** Starts a new Run or Check with a fresh output allowance. */
  reset(): void {
    this.flush();
    this.sent = 0;
    this.truncated = false;
  }
}
