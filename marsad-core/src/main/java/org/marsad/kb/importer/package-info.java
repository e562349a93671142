/**
 * Importing third-party lists (GeoNames dumps, CSV tables) into user knowledge-base files: row
 * readers, checks against the country boxes, and the report of what was imported or refused.
 */
package org.marsad.kb.importer;
