package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures from the JVM's memory beans: the heap in use after a full collection (what the
 * loaded knowledge base and models retain) and the peak of the heap pools since the last reset.
 * The peak is the sum of each pool's own peak, so it is an upper bound of the true peak.
 */
public final class HeapUse {
  private HeapUse() {}

  /** Bytes of heap in use after asking for full collections until it stops shrinking. */
  public static long retained() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  public static void resetPeak() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  public static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The most heap the JVM will use ({@code -Xmx}). */
  public static long max() {
    return Runtime.getRuntime().maxMemory();
  }
}
