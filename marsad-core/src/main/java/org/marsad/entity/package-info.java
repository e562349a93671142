/**
 * Entities: the knowledge base of actors, places and outlets; name recognition (a statistical
 * tagger trained on ANERcorp by the project's own code, knowledge-base matching and Arabic cues);
 * grouping of mentions and linking to the knowledge base.
 */
package org.marsad.entity;
