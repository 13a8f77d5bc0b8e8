// Keeps the policy in force current: reloads when a policy file changes or on SIGHUP. A reload
// swaps one reference, so requests already evaluating finish on the set they started with and new
// ones see the new set; none is dropped. An invalid new policy is refused and the old one stays.
import { watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { isPolicyFileName, loadPolicy } from "./load.js";
import type { ParseOptions, PolicySet } from "./policy-set.js";

export interface WatchOptions extends ParseOptions {
  /** Called with the new set after a successful reload that changed the policy hash. */
  onReload?(policy: PolicySet): void;
  /** Called when a reload is refused (PolicyValidationError or read error); the old set stays. */
  onError?(error: unknown): void;
  /** Aborting closes the watcher. */
  signal?: AbortSignal;
  /** Reload on SIGHUP (default true). */
  sighup?: boolean;
  /** Editors write in several steps; wait this long after the last change (default 100 ms). */
  debounceMs?: number;
}

export interface PolicyWatcher {
  /** The set in force now. */
  current(): PolicySet;
  /** Reloads now; true when the files are valid and in force, false when refused. */
  reload(): Promise<boolean>;
  close(): void;
}

/**
 * Loads the policy (throwing if it is invalid at start) and keeps it current.
 *
 * @example
 * const policy = await watchPolicy("policies/example.yaml", { onError: (e) => log.error(e) });
 * policy.current().evaluate(input, new Date());
 */
export async function watchPolicy(pathOrDir: string, options: WatchOptions = {}): Promise<PolicyWatcher> {
  let current = await loadPolicy(pathOrDir, options);
  const isDir = (await stat(pathOrDir)).isDirectory();
  let queue: Promise<boolean> = Promise.resolve(true);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const load = async (): Promise<boolean> => {
    let next: PolicySet;
    try {
      next = await loadPolicy(pathOrDir, options);
    } catch (error) {
      if (!closed) options.onError?.(error);
      return false;
    }
    if (closed || next.hash === current.hash) return true;
    current = next;
    options.onReload?.(next);
    return true;
  };
  // One reload at a time, in order: the last write always wins.
  const reload = (): Promise<boolean> => (queue = queue.then(load, load));
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), options.debounceMs ?? 100);
  };

  // Watch the directory even for a single file: editors often replace the file (new inode), which
  // a watch on the file itself would stop seeing.
  const watcher: FSWatcher = watch(isDir ? pathOrDir : path.dirname(pathOrDir), { persistent: false }, (_event, name) => {
    const relevant = name === null || (isDir ? isPolicyFileName(name) : name === path.basename(pathOrDir));
    if (relevant && !closed) schedule();
  });
  watcher.on("error", (error) => options.onError?.(error));
  const onHangup = (): void => void reload();
  if (options.sighup !== false) process.on("SIGHUP", onHangup);

  const close = (): void => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    watcher.close();
    process.off("SIGHUP", onHangup);
  };
  if (options.signal?.aborted) close();
  options.signal?.addEventListener("abort", close, { once: true });
  return { current: () => current, reload, close };
}
