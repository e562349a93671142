package org.marsad.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.marsad.ingest.Ingest;
import org.marsad.ingest.InputError;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.ReadResult;

/**
 * Reads one input file of any Hadoop file system with marsad-core's {@link Ingest}. A local file
 * is read where it is; any other is first copied to a local temporary file of the same name (so
 * that the format is still known from the name) and deleted after reading. Paths in the articles
 * and errors name the original file: a local one by its path, as {@code marsad extract} does, any
 * other by its URI.
 */
final class FileReading {
  private FileReading() {}

  static ReadResult read(Ingest ingest, String uri, Configuration conf) {
    Path path = new Path(uri);
    String display = "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : uri;
    if ("file".equals(path.toUri().getScheme())) {
      return ingest.read(java.nio.file.Path.of(URI.create(uri)));
    }
    java.nio.file.Path dir = null;
    try {
      dir = Files.createTempDirectory("marsad-spark");
      java.nio.file.Path local = dir.resolve(path.getName());
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        return ReadResult.failed(display, "no such file");
      }
      fs.copyToLocalFile(false, path, new Path(local.toUri()), true);
      return renamed(ingest.read(local), local.toString(), display);
    } catch (IOException e) {
      return ReadResult.failed(display, "cannot read: " + e.getMessage());
    } finally {
      delete(dir);
    }
  }

  /** The result with the local path at the start of every article and error path replaced. */
  static ReadResult renamed(ReadResult r, String local, String display) {
    List<RawArticle> articles = new ArrayList<>();
    for (RawArticle a : r.articles()) {
      articles.add(new RawArticle(a.id(), rename(a.path(), local, display), a.url(), a.outlet(),
          a.title(), a.date(), a.markup(), a.content()));
    }
    List<InputError> errors = new ArrayList<>();
    for (InputError e : r.errors()) {
      errors.add(new InputError(rename(e.path(), local, display), e.message()));
    }
    return new ReadResult(articles, errors);
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
