/** The {@code marsad} command line: one picocli command per subcommand, one-line main. */
package org.marsad.cli;
