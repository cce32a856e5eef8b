/**
 * Publication profiles: what a paper may show to its audience. A {@link
 * io.github.rectrack.engine.publication.Profile} says which handling markings are shown and whether
 * personal names are replaced; a {@link io.github.rectrack.engine.publication.Redaction} applies it to a
 * register and its evaluation; {@link io.github.rectrack.engine.publication.Withheld} says what was left
 * out, with a sentence a paper can print. {@link io.github.rectrack.engine.spi.Report} applies the profile
 * before any exporter sees the register, so an exporter cannot render what the profile withholds.
 */
package io.github.rectrack.engine.publication;
