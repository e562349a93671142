/**
 * Cross-document analysis over records: which articles tell the same story, where outlets
 * contradict each other, the actor graph over time, and how many independent sources back each item.
 */
package org.marsad.corpus;
