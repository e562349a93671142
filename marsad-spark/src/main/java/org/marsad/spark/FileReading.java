package org.marsad.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.marsad.batch.Source;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.RawArticle;

/**
 * One input file of any Hadoop file system as a batch {@link Source}, read with marsad-core's
 * {@link Ingest} one article at a time. A local file is read where it is; any other is first
 * copied to a local temporary file of the same name (so that the format is still known from the
 * name) and deleted after reading. Paths in the articles and errors name the original file: a
 * local one by its path, as {@code marsad extract} does, any other by its URI.
 */
final class FileReading {
  private FileReading() {}

  static Source source(String uri, Configuration conf) {
    Path path = new Path(uri);
    if ("file".equals(path.toUri().getScheme())) {
      return Source.of(java.nio.file.Path.of(URI.create(uri)));
    }
    return (ingest, out) -> copyAndRead(ingest, path, uri, conf, out);
  }

  private static void copyAndRead(Ingest ingest, Path path, String display, Configuration conf,
      Ingest.Sink out) {
    java.nio.file.Path dir = null;
    try {
      dir = Files.createTempDirectory("marsad-spark");
      java.nio.file.Path local = dir.resolve(path.getName());
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        out.error(new InputError(display, "no such file"));
        return;
      }
      fs.copyToLocalFile(false, path, new Path(local.toUri()), true);
      ingest.read(local, renaming(out, local.toString(), display));
    } catch (IOException e) {
      out.error(new InputError(display, "cannot read: " + e.getMessage()));
    } finally {
      delete(dir);
    }
  }

  /** {@code out}, with the local path at the start of every article and error path replaced. */
  static Ingest.Sink renaming(Ingest.Sink out, String local, String display) {
    return new Ingest.Sink() {
      @Override
      public void article(RawArticle a) {
        out.article(new RawArticle(a.id(), rename(a.path(), local, display), a.url(),
            a.outlet(), a.title(), a.date(), a.markup(), a.content(), a.statedBy()));
      }

      @Override
      public void error(InputError e) {
        out.error(e.at(rename(e.path(), local, display)));
      }
    };
  }

  private static String rename(String path, String local, String display) {
    return path.startsWith(local) ? display + path.substring(local.length()) : path;
  }

  private static void delete(java.nio.file.Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      dir.toFile().deleteOnExit();
    }
  }
}
