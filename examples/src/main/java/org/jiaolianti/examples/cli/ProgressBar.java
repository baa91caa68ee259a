package org.jiaolianti.examples.cli;

import java.io.PrintWriter;
import org.jiaolianti.application.people.port.in.RosterImportUseCase;

/**
 * A text progress bar on a terminal's error stream, for long imports: redrawn in place ({@code \r}) when
 * the whole percentage changes, one line per phase; silent for short ones (fewer than {@code minimum} rows).
 *
 * <pre>
 * 核对 check [##############----------------]  47%  2350/5000
 * </pre>
 */
final class ProgressBar implements RosterImportUseCase.Progress {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int minimum;
  private String phase;
  private int percent = -1;

  ProgressBar(PrintWriter err, int minimum) {
    this.err = err;
    this.minimum = minimum;
  }

  @Override
  public void rows(String phase, int done, int total) {
    if (total < minimum || total <= 0) {
      return;
    }
    if (!phase.equals(this.phase)) {
      finish();
      this.phase = phase;
    }
    int now = (int) (100L * done / total);
    if (now == percent) {
      return;
    }
    percent = now;
    int filled = (int) ((long) WIDTH * done / total);
    String label = phase.equals("check") ? "核对 check" : "写入 write";
    err.print(String.format("\r%s [%s%s] %3d%%  %d/%d", label, "#".repeat(filled), "-".repeat(WIDTH - filled), now,
        done, total));
    err.flush();
    if (done == total) {
      finish();
    }
  }

  /** Ends the current line, if a bar is drawn on it. */
  void finish() {
    if (percent >= 0) {
      err.println();
      err.flush();
    }
    percent = -1;
    phase = null;
  }
}
