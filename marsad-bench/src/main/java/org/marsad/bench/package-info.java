/**
 * Throughput measurement: a corpus for benchmarks (given or generated from sample articles), a
 * timed multi-threaded harness, the Lucene ArabicAnalyzer baseline and heap figures.
 */
package org.marsad.bench;
