/**
 * The domain of recommendation tracking: immutable records and value types for a {@link
 * io.github.rectrack.model.Register}, its {@link io.github.rectrack.model.Scheme}, {@link
 * io.github.rectrack.model.Source}s and {@link io.github.rectrack.model.Recommendation}s with their
 * histories.
 *
 * <p>Nothing here is ever null: absent values are {@link java.util.Optional#empty()}, empty lists, or an
 * explicit value such as {@link io.github.rectrack.model.TargetDate#tbc()}. This package depends on the
 * JDK and Jakarta Bean Validation annotations only.
 */
package io.github.rectrack.model;
