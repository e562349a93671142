package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.marsad.store.StoreIngest;

/**
 * Progress of a long run on standard error: a bar redrawn in place on a terminal, or one line a
 * file for logs. Messages (per-file errors) are printed on their own lines, above the bar.
 */
final class ProgressBar {
  /** How progress is shown. */
  enum Mode {
    AUTO,
    BAR,
    LINES,
    NONE
  }

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final Mode mode;
  private boolean drawn;

  ProgressBar(PrintWriter err, Mode mode) {
    this.err = err;
    this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.NONE) : mode;
  }

  void message(String line) {
    clear();
    err.println(line);
    err.flush();
  }

  void update(int done, int files, StoreIngest.Summary sofar) {
    String counts = String.format(Locale.ROOT, "%d/%d files, %d stored, %d already stored, %d failed",
        done, files, sofar.stored(), sofar.duplicates(), sofar.failed());
    if (mode == Mode.LINES) {
      err.println("marsad: " + counts);
    } else if (mode == Mode.BAR) {
      int filled = files == 0 ? WIDTH : (int) ((long) WIDTH * done / files);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + counts + "\u001b[K");
      drawn = true;
    }
    err.flush();
  }

  void finish() {
    clear();
  }

  private void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      drawn = false;
    }
  }
}
