/**
 * Changes as data: each thing that happens to a register between meetings (an owner's update, a target
 * revised, an extension asked for and decided, a panel's decision...) as a small immutable {@link
 * io.github.rectrack.engine.change.Change} with who recorded it, when, and against which version, and
 * {@link io.github.rectrack.engine.change.Changes} to apply them.
 */
package io.github.rectrack.engine.change;
