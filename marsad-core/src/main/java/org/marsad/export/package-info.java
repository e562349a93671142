/**
 * Exports of a record's events to the formats analysts already use: PLOVER JSON Lines and an
 * ACLED-style CSV. Each format is one class behind the small {@link org.marsad.export.EventExport}.
 */
package org.marsad.export;
