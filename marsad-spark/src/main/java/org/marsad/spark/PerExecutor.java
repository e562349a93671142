package org.marsad.spark;

import org.marsad.pipeline.Pipeline;

/**
 * What each executor JVM loads once: the standard pipeline with its knowledge base and models,
 * made on first use (the holder class is initialized lazily and thread-safely by the JVM) and
 * shared by every task the executor runs. The pipeline is thread-safe.
 */
final class PerExecutor {
  private PerExecutor() {}

  private static final class Holder {
    static final Pipeline PIPELINE = Pipeline.standard();
  }

  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }
}
