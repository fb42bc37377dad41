/**
 * A bare Chrome DevTools Protocol client for the benchmark: launch Chromium, open pages, run
 * script in them, send input. Playwright is not used here because it watches every request
 * (the Network domain keeps each response body for its own API): measured on the same build,
 * server and machine, pages driven by Playwright had a 10 MB dataset decoded ~1.2 s later and
 * validated ~0.2 s slower than pages driven over a bare connection, which is what a reader's
 * browser is like. Needs a global WebSocket (Node 22, or Node 20 with --experimental-websocket).
 */
import { spawn, type ChildProcess } from 'node:child_process';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

class Connection {
  private id = 0;
  private pending = new Map<number, Pending>();
  private constructor(private ws: WebSocket) {
    ws.onmessage = (m) => {
      const msg = JSON.parse(String(m.data)) as { id?: number; result?: unknown; error?: { message: string } };
      const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!p) return;
      this.pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    };
  }

  static async open(url: string): Promise<Connection> {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = () => reject(new Error(`cannot connect to ${url}`));
    });
    return new Connection(ws);
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = ++this.id;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  close() {
    this.ws.close();
  }
}

export class Page {
  constructor(
    readonly cdp: Connection,
    private targetId: string,
    private browser: Browser,
  ) {}

  /** Runs an expression (a promise is awaited) and returns its JSON value; throws on error. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.cdp.send<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  async goto(url: string) {
    await this.cdp.send('Page.navigate', { url });
  }

  /** Polls `expression` until it is truthy. */
  async waitFor(expression: string, timeoutMs = 120_000) {
    const end = Date.now() + timeoutMs;
    while (!(await this.evaluate<unknown>(`(() => { try { return !!(${expression}); } catch { return false; } })()`))) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async mouseMove(x: number, y: number) {
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  }

  async mouseButton(type: 'mousePressed' | 'mouseReleased', x: number, y: number) {
    await this.cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: 1 });
  }

  async mouseDrag(x: number, y: number) {
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'left', buttons: 1 });
  }

  async wheel(x: number, y: number, deltaY: number) {
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY });
  }

  async close() {
    this.cdp.close();
    await this.browser.cdp.send('Target.closeTarget', { targetId: this.targetId });
  }
}

export class Browser {
  private constructor(
    private process: ChildProcess,
    readonly cdp: Connection,
    private port: number,
  ) {}

  static async launch(executablePath: string, args: string[]): Promise<Browser> {
    const child = spawn(executablePath, [...args, '--headless=new', '--remote-debugging-port=0', '--no-default-browser-check', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const wsUrl = await new Promise<string>((resolve, reject) => {
      child.on('error', reject);
      let text = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text.slice(-500)}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text.slice(-500)}`)));
    });
    try {
      return new Browser(child, await Connection.open(wsUrl), Number(new URL(wsUrl).port));
    } catch (e) {
      child.kill(); // not left running behind a failed start
      throw e;
    }
  }

  async newPage(viewport: { width: number; height: number; mobile?: boolean; deviceScaleFactor?: number }): Promise<Page> {
    const { targetId } = await this.cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const cdp = await Connection.open(`ws://127.0.0.1:${this.port}/devtools/page/${targetId}`);
    await cdp.send('Emulation.setDeviceMetricsOverride', { deviceScaleFactor: 1, mobile: false, ...viewport });
    if (viewport.mobile) await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    return new Page(cdp, targetId, this);
  }

  async close() {
    await this.cdp.send('Browser.close').catch(() => {});
    this.cdp.close();
    this.process.kill();
  }
}
