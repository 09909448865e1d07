// `generate --watch`: run, then run again whenever an input file changes (debounced); errors are shown, not fatal.
import { type FSWatcher, watch } from 'node:fs';
import { readInputList } from './write/inputs.js';

export interface WatchOptions {
  stderr: (text: string) => void;
  force: boolean;
  /** The output folders of the config as it is now (their stamps list the inputs of the last good run). */
  outDirs: () => string[];
  /** Files to watch besides the stamps' inputs (the config file). */
  extra?: string[];
  /** Quiet time after the last change before a run starts. */
  debounceMs?: number;
}

const sessions = new Set<() => void>();

/** Ends every watch of this process (Ctrl-C does it too). */
export function stopWatching(): void {
  for (const stop of [...sessions]) stop();
}

/** Runs once, then on every change until stopped; resolves when stopped. */
export function watchInputs(run: (force: boolean) => Promise<void>, options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? 150;
  let watchers: FSWatcher[] = [];
  let watched: string[] = [...(options.extra ?? [])];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const attempt = async (force: boolean): Promise<void> => {
    try {
      await run(force);
    } catch (error) {
      options.stderr(`sdkgen: ${(error as Error).message ?? String(error)}\n`);
    }
    try {
      const inputs = readInputList(options.outDirs());
      // After a failed run the stamps are gone: keep watching what the last good run read.
      if (inputs.length > 0) watched = [...new Set([...(options.extra ?? []), ...inputs])];
    } catch {
      // The config itself is broken: keep the previous list.
    }
    rewatch();
    options.stderr('sdkgen: watching for changes (Ctrl-C stops)\n');
  };

  const trigger = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) {
        again = true;
        return;
      }
      running = attempt(false).finally(() => {
        running = undefined;
        if (again && !stopped) {
          again = false;
          trigger();
        }
      });
    }, debounceMs);
  };

  // Editors save by replacing files: every run watches the current files afresh.
  const rewatch = (): void => {
    for (const w of watchers) w.close();
    watchers = [];
    if (stopped) return;
    for (const file of watched) {
      try {
        watchers.push(watch(file, { persistent: true, recursive: false }, trigger));
      } catch {
        // A file that is gone: the run that needs it reports it.
      }
    }
  };

  return new Promise<void>((resolve) => {
    const stop = (): void => {
      stopped = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
      sessions.delete(stop);
      process.off('SIGINT', stop);
      void (running ?? Promise.resolve()).then(() => resolve());
    };
    sessions.add(stop);
    process.once('SIGINT', stop);
    running = attempt(options.force).finally(() => {
      running = undefined;
    });
  });
}
