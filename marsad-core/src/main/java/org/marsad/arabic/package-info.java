/**
 * The Arabic text layer: named letters, orthographic normalization for matching, sentence
 * splitting, and tokenization with offsets and clitic splitting.
 */
package org.marsad.arabic;
