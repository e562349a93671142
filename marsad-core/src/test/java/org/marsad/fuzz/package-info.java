/**
 * Property-based tests (jqwik) of every reader and of the whole pipeline on random and mutated
 * input: every input gives consistent records or one clear error per file, and nothing escapes.
 */
package org.marsad.fuzz;
