/** Reading the project's reviewed data files (lexicons, knowledge base): one entry a line. */
package org.marsad.data;
