/** What an image path written in the report points at, in the repository. */
export type ImageTarget =
  | { kind: 'found'; path: string }
  /**
   * The path exists only with other letter case: it breaks on Linux, where the hand-in is built.
   * `actual` is the file's real path from the repository root; `unique` is false when more than
   * one name on the way matches in another case (`A.png` and `a.PNG` both there), so no one file is meant.
   */
  | { kind: 'case-mismatch'; path: string; actual: string; unique: boolean }
  | { kind: 'missing'; path: string }
  /** The path leaves the repository (`..` past the root, absolute, or a symlink out); it is never read. */
  | { kind: 'outside'; path: string; why: string }

/** The repository around a report, as far as rules may look into it. */
export interface RepoFiles {
  /** The report's path relative to the repository root, with `/` separators. */
  reportPath: string
  resolve(src: string): ImageTarget
}
