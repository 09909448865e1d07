// Progress of a run: a live line on a terminal, one line per phase in CI or when piped.
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';

export interface Reporter {
  /** How many phases the run has (shown as "[2/4]"). */
  plan(phases: number): void;
  /** A phase starts; `detail` (counts known so far) shows on the live line. */
  phase(name: string, detail?: string): void;
  /** The current phase ends; `detail` (what it produced) goes on its line. */
  done(detail?: string): void;
  warn(message: string): void;
  info(message: string): void;
  /** Ends the live line, if any (also after an error). */
  finish(): void;
}

/** What a reporter writes to: process.stderr, or anything with `write` (tests). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ReporterOptions {
  quiet?: boolean;
  /** Live line or not; default: on a TTY outside CI. */
  live?: boolean;
}

/** CI=true (GitHub Actions, GitLab, our .ci/run) and most CI systems set CI to something other than "false". */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

export function createReporter(stream: ProgressStream = process.stderr, options: ReporterOptions = {}): Reporter {
  const live = options.live ?? (stream.isTTY === true && !inCI());
  const quiet = options.quiet === true;
  const line = new LiveLine(stream, live && !quiet);
  let total = 0;
  let index = 0;
  let current: { name: string; start: number } | undefined;
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  const counter = () => (total > 0 ? `[${Math.min(index, total)}/${total}] ` : '');
  const print = (text: string) => (line.active ? line.log(text) : stream.write(text));
  return {
    plan(phases) {
      total = phases;
    },
    phase(name, detail) {
      index += 1;
      current = { name, start: performance.now() };
      line.show(index - 1, total, `${counter()}${name}${detail ? ` · ${detail}` : ''}`);
    },
    done(detail) {
      if (!current) return;
      if (!quiet) print(`✓ ${counter()}${current.name}${detail ? `: ${detail}` : ''} (${seconds(current.start)} s)\n`);
      line.show(index, total, `${counter()}${current.name} done`);
      current = undefined;
    },
    warn(message) {
      print(`warning: ${message}\n`);
    },
    info(message) {
      if (!quiet) print(`${message}\n`);
    },
    finish() {
      line.stop();
    },
  };
}

/** The live line: a cli-progress bar (phases done of all), the phase with its counts, and the time elapsed. */
class LiveLine {
  private bars?: cliProgress.MultiBar;
  private bar?: cliProgress.SingleBar;

  constructor(
    private readonly stream: ProgressStream,
    private readonly enabled: boolean,
  ) {}

  get active(): boolean {
    return this.bars !== undefined;
  }

  show(value: number, total: number, label: string): void {
    if (!this.enabled) return;
    if (!this.bars) {
      this.bars = new cliProgress.MultiBar(
        {
          stream: this.stream as NodeJS.WritableStream,
          format: '{bar} {label} · {duration_formatted}',
          barsize: 12,
          clearOnComplete: true,
          // No SIGINT handler (it would keep Ctrl-C from stopping the run) and so no hidden cursor to restore.
          hideCursor: false,
          linewrap: false,
          gracefulExit: false,
          fps: 10,
        },
        cliProgress.Presets.shades_grey,
      );
      this.bar = this.bars.create(Math.max(total, 1), value, { label });
    }
    this.bar!.setTotal(Math.max(total, 1));
    this.bar!.update(value, { label });
  }

  log(text: string): void {
    this.bars!.log(text);
    this.bars!.update(); // Lines logged are written on the next redraw: draw now so none is lost at stop.
  }

  stop(): void {
    if (!this.bars) return;
    this.bars.update();
    this.bars.stop();
    this.bars = undefined;
    this.bar = undefined;
  }
}
