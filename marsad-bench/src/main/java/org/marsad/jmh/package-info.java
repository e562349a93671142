/**
 * JMH microbenchmarks of the pipeline's hot stages (tokenizer, name recognizer, claims, events,
 * the whole pipeline) and of Lucene's ArabicAnalyzer as the baseline, on one shared corpus.
 */
package org.marsad.jmh;
