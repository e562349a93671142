/**
 * Boilerplate removal: turns a page (HTML or scraped text) into the article body, recording what
 * was removed and why. Works from text-density and position features and a small phrase list.
 */
package org.marsad.clean;
