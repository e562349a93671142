/**
 * Claims: who says what, through whom, and how sure. Reporting cues from a lexicon, speakers and
 * their kinds, later references to earlier speakers, relay chains and modality.
 */
package org.marsad.claim;
