/**
 * The journal: beside a register file, an append-only file of the changes recorded since the file was
 * written, one checksummed JSON line each. Loading a register replays its journal; see {@link
 * io.github.rectrack.engine.journal.Journal}.
 */
package io.github.rectrack.engine.journal;
