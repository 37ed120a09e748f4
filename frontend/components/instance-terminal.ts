import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

/**
 * A terminal on a simulated instance: xterm.js draws it, this element edits the line being typed
 * (arrows, Home/End, Backspace, Delete, history with Up and Down, Ctrl+C, Ctrl+L) and sends each
 * finished line to the server as a `line-entered` event. The server runs the line and answers by
 * calling `print(output, prompt)`. Everything the server prints is plain text: it is written to
 * the terminal, never parsed as HTML.
 */
class InstanceTerminal extends HTMLElement {
  private terminal?: Terminal;
  private readonly fitting = new FitAddon();
  private line = '';
  private cursor = 0;
  private prompt = '$ ';
  private history: string[] = [];
  private recalled = -1;
  private waiting = false;
  private ended = false;
  /** Keys typed while the last line runs: a terminal keeps them for the next prompt. */
  private typeahead = '';
  private resizeWatch?: ResizeObserver;
  /** Calls that came before the element was on the page (a dialog attaches its content late). */
  private pending: Array<() => void> = [];

  connectedCallback() {
    if (this.terminal) {
      // moved, not new: a dialog moves its content into its overlay
      this.resizeWatch?.observe(this);
      return;
    }
    // an unstyled custom element is inline and has no width of its own to fit the columns to
    this.style.display = 'block';
    const dark = document.documentElement.getAttribute('theme')?.includes('dark') ?? false;
    this.terminal = new Terminal({
      rows: Number(this.getAttribute('rows') ?? 20),
      cols: 80,
      convertEol: true,
      cursorBlink: true,
      screenReaderMode: true,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      fontSize: 14,
      theme: dark
        ? { background: '#10161f', foreground: '#e6edf3', cursor: '#e6edf3' }
        : { background: '#1b2430', foreground: '#f2f5f8', cursor: '#f2f5f8' },
    });
    // Tab and every other key belong to the shell; Escape is the way out for a keyboard user
    this.terminal.attachCustomKeyEventHandler((key) => {
      if (key.key === 'Escape' && key.type === 'keydown') {
        this.dispatchEvent(new CustomEvent('leave-requested'));
        return false;
      }
      return true;
    });
    this.terminal.loadAddon(this.fitting);
    this.terminal.open(this);
    this.terminal.onData((data) => this.typed(data));
    this.fit();
    this.resizeWatch = new ResizeObserver(() => this.fit());
    this.resizeWatch.observe(this);
    const input = this.querySelector('textarea');
    input?.setAttribute('aria-label', this.getAttribute('input-label') ?? 'Terminal input');
    const waiting = this.pending;
    this.pending = [];
    waiting.forEach((call) => call());
  }

  private whenReady(call: () => void) {
    if (this.terminal) {
      call();
    } else {
      this.pending.push(call);
    }
  }

  disconnectedCallback() {
    this.resizeWatch?.disconnect();
    // only an element that stays off the page is done with; one that is moved comes back at once
    setTimeout(() => {
      if (!this.isConnected) {
        this.terminal?.dispose();
        this.terminal = undefined;
      }
    });
  }

  /** Starts the session: what the instance says on login, the first prompt, and the lines typed there before. */
  start(banner: string, prompt: string, history: string[]) {
    this.whenReady(() => {
      this.history = [...history];
      this.prompt = prompt;
      this.terminal?.write(banner);
      this.showPrompt();
      this.terminal?.focus();
    });
  }

  /** The answer to the line last sent. */
  print(output: string, prompt: string) {
    this.whenReady(() => {
      this.waiting = false;
      this.prompt = prompt;
      this.terminal?.write(output);
      this.showPrompt();
      const early = this.typeahead;
      this.typeahead = '';
      this.typedAll(early);
    });
  }

  /** The session is over: the terminal takes no more input. */
  end(message: string) {
    this.whenReady(() => {
      this.waiting = true;
      this.ended = true;
      this.terminal?.write(message);
    });
  }

  focusInput() {
    this.whenReady(() => this.terminal?.focus());
  }

  /** As many columns as the element is wide; the rows stay as asked. */
  private fit() {
    const terminal = this.terminal;
    const size = this.clientWidth > 0 ? this.fitting.proposeDimensions() : undefined;
    if (terminal && size && size.cols > 0) {
      terminal.resize(Math.max(20, size.cols), terminal.rows);
    }
  }

  private showPrompt() {
    this.line = '';
    this.cursor = 0;
    this.recalled = -1;
    this.terminal?.write(this.prompt);
  }

  private typed(data: string) {
    if (this.ended) {
      return;
    }
    if (this.waiting) {
      this.typeahead += data;
      return;
    }
    switch (data) {
      case '\r':
        this.enter();
        return;
      case '\u007f':
        this.backspace();
        return;
      case '\u001b[3~':
        this.deleteUnderCursor();
        return;
      case '\u001b[D':
        this.move(-1);
        return;
      case '\u001b[C':
        this.move(1);
        return;
      case '\u001b[H':
      case '\u0001':
        this.move(-this.cursor);
        return;
      case '\u001b[F':
      case '\u0005':
        this.move(this.line.length - this.cursor);
        return;
      case '\u001b[A':
        this.recall(1);
        return;
      case '\u001b[B':
        this.recall(-1);
        return;
      case '\u0003':
        this.terminal?.write('^C\r\n');
        this.showPrompt();
        return;
      case '\u000c':
        this.terminal?.write('\u001b[H\u001b[2J');
        this.showPrompt();
        return;
      default:
        this.insert(data);
    }
  }

  /** Keys that arrived together (typeahead, or a paste with Enter in it), one at a time, stopping at a sent line. */
  private typedAll(keys: string) {
    let rest = keys;
    while (rest.length > 0 && !this.waiting) {
      const sequence = /^\u001b\[[0-9;]*[A-Za-z~]/.exec(rest);
      const key = sequence ? sequence[0] : rest[0];
      rest = rest.slice(key.length);
      this.typed(key);
    }
    this.typeahead = rest + this.typeahead;
  }

  private enter() {
    const line = this.line;
    this.terminal?.write('\r\n');
    if (line.trim() === '') {
      this.showPrompt();
      return;
    }
    this.history.push(line);
    this.waiting = true;
    this.dispatchEvent(new CustomEvent('line-entered', { detail: { line } }));
  }

  private insert(data: string) {
    // pasted text arrives at once; only its first line is taken, control characters are dropped
    const text = data.split(/\r|\n/)[0].replace(/[\u0000-\u001f\u007f]/g, '');
    if (!text) {
      return;
    }
    const atEnd = this.cursor === this.line.length;
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
    if (atEnd) {
      this.terminal?.write(text);
    } else {
      this.redrawFromCursor(text.length);
    }
  }

  private backspace() {
    if (this.cursor === 0) {
      return;
    }
    this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
    this.cursor -= 1;
    this.terminal?.write('\b');
    this.redrawFromCursor(0);
  }

  private deleteUnderCursor() {
    if (this.cursor === this.line.length) {
      return;
    }
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
    this.redrawFromCursor(0);
  }

  /** Rewrites the line from `cursor - typed` on and puts the cursor back where it belongs. */
  private redrawFromCursor(typed: number) {
    const tail = this.line.slice(this.cursor - typed);
    const back = tail.length - typed;
    this.terminal?.write(tail + ' \b' + (back > 0 ? `\u001b[${back}D` : ''));
  }

  private move(by: number) {
    const to = Math.min(this.line.length, Math.max(0, this.cursor + by));
    const step = to - this.cursor;
    if (step !== 0) {
      this.terminal?.write(step > 0 ? `\u001b[${step}C` : `\u001b[${-step}D`);
    }
    this.cursor = to;
  }

  private recall(direction: number) {
    const next = this.recalled + direction;
    if (next < -1 || next >= this.history.length) {
      return;
    }
    this.recalled = next;
    const text = next === -1 ? '' : this.history[this.history.length - 1 - next];
    this.move(-this.cursor);
    this.terminal?.write('\u001b[K' + text);
    this.line = text;
    this.cursor = text.length;
  }
}

customElements.define('instance-terminal', InstanceTerminal);
