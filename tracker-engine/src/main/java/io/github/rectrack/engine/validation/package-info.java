/**
 * Validation of registers: {@link io.github.rectrack.engine.validation.RegisterValidator} returns every
 * problem as a {@link io.github.rectrack.engine.spi.Finding} with its location.
 */
package io.github.rectrack.engine.validation;
