/** One fenced code example of a skill document on disk. */
export interface DocExample {
  /** The SKILL.md path, relative to the verified folder. */
  file: string;
  /** The "## …" heading the example sits under ("Setup" for a v2 setup block). */
  section: string;
  /** 'python' | 'javascript' | 'go' | 'ruby' | 'java' | 'curl' | … */
  language: string;
  /** 'v1' | 'v2' | 'v3' | 'agent' (from the path or front matter; 'unknown' otherwise). */
  style: string;
  /** The fenced code as printed. */
  code: string;
  /** The document's shared Setup code (v2-like styles), when it has one. */
  setup?: string;
  /** 1-based line of the fence in the file. */
  line: number;
  /** The operation of the example's section, from its endpoint line: "POST /ai/missions". */
  endpoint?: string;
}

/** `skip`: not checked, the SDK release predates the example's operation (verify.sdkSpec); counted apart. */
export type Outcome = { example: DocExample; status: 'pass' | 'fail' | 'warn' | 'skip'; message?: string };

/** The language's SDK or tool to check against. */
export interface VerifyTarget {
  /** npm name@version, a folder, a jar classpath… */
  sdk: string;
  options?: Record<string, unknown>;
}

export interface LanguageVerifier {
  readonly language: string;
  /** undefined when the toolchain is usable; else what to install (shown when the language is skipped). */
  missingToolchain(): Promise<string | undefined>;
  /** Checks every example in one batch (one compiler run where possible); one Outcome per example, same order. */
  verify(examples: DocExample[], target: VerifyTarget, workDir: string): Promise<Outcome[]>;
}
