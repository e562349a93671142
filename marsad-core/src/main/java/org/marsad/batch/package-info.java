/**
 * The one batch path of every command that processes many documents (extract, the store's
 * ingest, the Spark job): inputs streamed one document at a time, the pipeline run within the
 * per-document limits, and each outcome classified and reported in the same words.
 */
package org.marsad.batch;
