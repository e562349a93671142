/**
 * Immutable values of the record format ({@code marsad/1}): documents, spans, entities, events and
 * claims. These records are the public contract that every front end serializes.
 */
package org.marsad.model;
