/**
 * Owners' update forms as Excel workbooks: {@link io.github.rectrack.forms.OwnerForms#write} makes one for
 * an owner of an {@link io.github.rectrack.engine.round.UpdateRound}, and {@link
 * io.github.rectrack.forms.OwnerForms#read} reads one returned, refusing a form for another register or
 * round, or one edited outside its answer cells, with the cell named.
 */
package io.github.rectrack.forms;
