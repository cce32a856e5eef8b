/**
 * Seeded synthetic registers for benchmarks, demonstrations and tests: {@link
 * io.github.rectrack.engine.generate.RegisterGenerator} builds a valid, realistic register of any size
 * from a seed, the same register every time for the same arguments.
 */
package io.github.rectrack.engine.generate;
