package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files under paths of any Hadoop file system (local, HDFS, S3 through s3a, ...), as
 * {@code marsad extract} lists local ones: recursively, hidden files and folders and Markdown
 * files skipped, sorted by path. A path named explicitly is kept even when it does not exist, so
 * that reading it reports the problem.
 */
final class InputFiles {
  private InputFiles() {}

  static List<String> list(List<String> inputs, Configuration conf) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path root = new Path(input);
      try {
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
          out.add(qualified(fs, root));
          continue;
        }
        List<String> found = new ArrayList<>();
        String base = fs.makeQualified(root).toString();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
          FileStatus f = it.next();
          String path = f.getPath().toString();
          String relative = path.startsWith(base) ? path.substring(base.length()) : f.getPath().getName();
          if (!hidden(relative) && !f.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".md")) {
            found.add(path);
          }
        }
        found.sort(Comparator.naturalOrder());
        out.addAll(found);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String qualified(FileSystem fs, Path p) {
    return fs.makeQualified(p).toString();
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
