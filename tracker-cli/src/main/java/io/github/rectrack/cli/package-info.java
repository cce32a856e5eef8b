/** The {@code tracker} command line: {@link io.github.rectrack.cli.TrackerCommand}. */
package io.github.rectrack.cli;
