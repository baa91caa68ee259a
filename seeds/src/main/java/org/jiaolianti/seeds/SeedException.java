package org.jiaolianti.seeds;

/**
 * A seed could not be loaded. The message names the file, the path inside it and what is wrong, e.g.
 * {@code seeds/xiangan-2025/policy.yaml: collaborations[0].measures[2].responsibleUnits[1]: unknown unit 'X'}.
 */
public final class SeedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;

  SeedException(String file, String path, String problem, Throwable cause) {
    super(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem, cause);
    this.file = file;
    this.path = path;
  }

  /** The file that failed to load. */
  public String file() {
    return file;
  }

  /** The path inside the file, such as {@code units[3].code}; empty for the whole file. */
  public String path() {
    return path;
  }
}
