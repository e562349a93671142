/**
 * What a document says about itself: language, publishing outlet and publication date, read
 * from the container, the page's metadata or the text.
 */
package org.marsad.meta;
