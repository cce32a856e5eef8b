/**
 * The domain of recommendation tracking: immutable records and value types for a register, its scheme,
 * sources and recommendations with their histories (package {@code io.github.rectrack.model}).
 *
 * <p>The package is open for deep reflection to Jackson, which reads and writes the records in the
 * canonical JSON format, and to Hibernate Validator, which reads the values its constraints check; to no
 * other module. Both are used by the engine; the model itself depends on the Bean Validation API only.
 */
// The model does not depend on Jackson or Hibernate Validator, so they are absent when it is compiled.
@SuppressWarnings("module")
module io.github.rectrack.model {
    requires transitive jakarta.validation;

    exports io.github.rectrack.model;

    opens io.github.rectrack.model to com.fasterxml.jackson.databind, org.hibernate.validator;
}
