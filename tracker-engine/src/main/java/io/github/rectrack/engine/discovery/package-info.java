/** Finding plug-ins with {@link java.util.ServiceLoader}, robust to plug-ins that fail to load. */
package io.github.rectrack.engine.discovery;
