/**
 * Batch extraction: inputs to records, with per-file error reports and unique, stable ids, on
 * several threads in input order; documents come through {@link org.marsad.batch.Batch}, which
 * runs them on {@link org.marsad.extract.OrderedParallel}.
 */
package org.marsad.extract;
