/**
 * The {@code tracker} command line: {@link io.github.rectrack.cli.TrackerCommand}.
 *
 * <p>Commands: {@code summary}, {@code report}, {@code import}, {@code convert}, {@code validate},
 * {@code formats}, {@code generate}; {@code --help} on each, {@code --version}. Plug-in jars come from
 * the class path and from {@code --plugins DIR} (or {@code TRACKER_PLUGINS}). Exit codes: 0 success, 1
 * the register or the imported input has errors, 2 usage error, unreadable input or failure to write.
 * Output files are written to a temporary file and moved into place, so a failed run never leaves a
 * half-written file over a good one.
 */
package io.github.rectrack.cli;
