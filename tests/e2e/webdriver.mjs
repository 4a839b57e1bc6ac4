// A tiny W3C WebDriver client over node's fetch, for the engines Playwright does not drive here
// (Firefox through geckodriver, WebKitGTK through WebKitWebDriver): start a driver on a free
// port, open one session, load a URL, run a script in the page, end the session and stop the
// driver (its whole process group: xvfb-run, Xvfb and the driver).
import { spawn } from 'node:child_process';
import net from 'node:net';

/** How long a driver may take to answer /status, and a session to start (s). */
const START_SECONDS = 60;

/** A free TCP port on 127.0.0.1 (the OS picks; it is released just before the driver binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One WebDriver session on a driver process this module started. */
export class WebDriver {
  #base;
  #child;
  #log = [];

  constructor(base, child, log) {
    this.#base = base;
    this.#child = child;
    this.#log = log;
    /** The session's id, once started. */
    this.sessionId = null;
    /** The capabilities the driver answered with (browserName, browserVersion…). */
    this.capabilities = null;
  }

  /**
   * Starts `command` with `args(port)` (`env` added to the environment), waits until its
   * /status says ready, and opens a session with `capabilities` (alwaysMatch). The driver runs
   * in its own process group, so `quit()` stops everything it started.
   */
  static async start({ command, args, env = {}, capabilities }) {
    const port = await freePort();
    const child = spawn(command, args(port), {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const log = [];
    const keep = (chunk) => {
      log.push(String(chunk));
      if (log.length > 200) log.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.once('error', (e) => keep(`spawn error: ${e.message}`));
    const driver = new WebDriver(`http://127.0.0.1:${port}`, child, log);
    try {
      const end = Date.now() + START_SECONDS * 1000;
      for (;;) {
        const status = await Promise.race([driver.#status(), exited.then((e) => ({ exited: e }))]);
        if (status?.exited) throw new Error(`the driver exited (${JSON.stringify(status.exited)})`);
        if (status?.ready) break;
        if (Date.now() > end) throw new Error(`the driver was not ready in ${START_SECONDS} s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const value = await driver.#send('POST', '/session', { capabilities: { alwaysMatch: capabilities } }, START_SECONDS);
      driver.sessionId = value.sessionId;
      driver.capabilities = value.capabilities;
      return driver;
    } catch (e) {
      driver.#kill();
      throw new Error(`${command}: ${e.message}\n${log.join('').slice(-3000)}`);
    }
  }

  /** The driver's last output lines (for a failure message). */
  get log() {
    return this.#log.join('').slice(-3000);
  }

  async #status() {
    try {
      const res = await fetch(`${this.#base}/status`, { signal: AbortSignal.timeout(2000) });
      return (await res.json()).value;
    } catch {
      return null;
    }
  }

  /** One command; returns its `value`, throws the driver's error. */
  async #send(method, path, body, seconds = 120) {
    const res = await fetch(this.#base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(seconds * 1000),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${path}: HTTP ${res.status}: ${text.slice(0, 500)}`);
    }
    const value = json.value;
    if (!res.ok || value?.error) {
      throw new Error(`${method} ${path}: ${value?.error ?? res.status}: ${value?.message ?? text.slice(0, 500)}`);
    }
    return value;
  }

  /** A command of this session. */
  session(method, path, body, seconds) {
    return this.#send(method, `/session/${this.sessionId}${path}`, body, seconds);
  }

  /** Sets the session's timeouts in ms (`{ script, pageLoad, implicit }`). */
  timeouts(ms) {
    return this.session('POST', '/timeouts', ms);
  }

  /** Navigates to `url` and waits for its load (the page load strategy "normal"). */
  url(url) {
    return this.session('POST', '/url', { url });
  }

  /** Runs `fn(...args)` (a function whose source is sent: it sees only its arguments) in the
   * page and returns what its promise resolves to (JSON-like values). A rejection is thrown
   * with its message (WebKit's stack of an async function can be just "@"). */
  async call(fn, args = [], seconds = 300) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn})(...Array.from(arguments).slice(0, -1)))
        .then((value) => done({ value }), (e) => done({ error: e && e.message ? e.message + ' | ' + (e.stack || '') : String(e) }));`;
    const out = await this.session('POST', '/execute/async', { script, args }, seconds + 30);
    if (out?.error) throw new Error(out.error);
    return out?.value;
  }

  /** Ends the session (errors ignored) and stops the driver's process group. */
  async quit() {
    if (this.sessionId) await this.session('DELETE', '', undefined, 30).catch(() => {});
    this.sessionId = null;
    this.#kill();
  }

  #kill() {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    try {
      process.kill(-this.#child.pid, 'SIGTERM');
    } catch {
      this.#child.kill('SIGTERM');
    }
  }
}
