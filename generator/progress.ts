// Progress of a run: a live line on a terminal, one line per phase in CI or when piped.
import { performance } from 'node:perf_hooks';

export interface Reporter {
  phase(name: string): void;
  done(detail?: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export function createReporter(stream: NodeJS.WriteStream = process.stderr, options: { quiet?: boolean } = {}): Reporter {
  const live = stream.isTTY === true && !process.env.CI;
  const start = performance.now();
  let current: { name: string; start: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  const draw = () => {
    if (current) stream.write(`\r\x1b[2K… ${current.name} (${seconds(current.start)} s, total ${seconds(start)} s)`);
  };
  return {
    phase(name) {
      current = { name, start: performance.now() };
      if (live && !options.quiet) {
        draw();
        timer = setInterval(draw, 100);
        timer.unref();
      }
    },
    done(detail) {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (!current || options.quiet) return;
      const line = `✓ ${current.name}${detail ? `: ${detail}` : ''} (${seconds(current.start)} s)`;
      stream.write(live ? `\r\x1b[2K${line}\n` : `${line}\n`);
      current = undefined;
    },
    warn(message) {
      if (live && current) stream.write('\r\x1b[2K');
      stream.write(`warning: ${message}\n`);
    },
    info(message) {
      if (!options.quiet) stream.write(`${message}\n`);
    },
  };
}
