/**
 * The canonical JSON format for registers: {@link io.github.rectrack.engine.json.RegisterJson}, with its
 * JSON Schema as a class-path resource.
 */
package io.github.rectrack.engine.json;
