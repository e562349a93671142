/**
 * Batch extraction: inputs to records, with per-file error reports and unique, stable ids, on
 * several threads in input order ({@link org.marsad.extract.OrderedParallel}). The shared engine
 * of the CLI, the store's ingest and the Spark job.
 */
package org.marsad.extract;
