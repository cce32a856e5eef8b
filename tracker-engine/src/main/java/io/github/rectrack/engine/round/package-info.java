/**
 * The owners' update round: which recommendations each owner is asked about ({@link
 * io.github.rectrack.engine.round.UpdateRound}), the update requests that record the asking, and the changes
 * an owner's answers make ({@link io.github.rectrack.engine.round.Answer}). The forms themselves, in a
 * spreadsheet or elsewhere, are a plug-in's concern.
 */
package io.github.rectrack.engine.round;
