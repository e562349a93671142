package org.marsad.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's {@code --output} folder, on any Hadoop file system: a run never replaces what is
 * there unless asked to. A folder that does not exist or is empty is written; anything else is
 * refused unless {@code --overwrite} is given, and a file is always refused.
 */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * Checks that the job may write under {@code output}.
   *
   * @throws IllegalArgumentException naming the folder and what is in the way
   * @throws IOException when the file system cannot be asked
   */
  static void check(String output, boolean overwrite, Configuration conf) throws IOException {
    Path path = new Path(output);
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      return;
    }
    FileStatus status = fs.getFileStatus(path);
    if (!status.isDirectory()) {
      throw new IllegalArgumentException("--output " + output + " is a file, not a folder");
    }
    if (!overwrite && fs.listStatus(path).length > 0) {
      throw new IllegalArgumentException("--output " + output + " already exists and is not"
          + " empty; give --overwrite to replace the tables in it, or another folder");
    }
  }
}
