/**
 * How stages compose: cleaning and description turn a raw article into a document, and document
 * stages (entities, events, claims) enrich it in an order fixed here.
 */
package org.marsad.pipeline;
