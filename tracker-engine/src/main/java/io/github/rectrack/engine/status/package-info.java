/**
 * How a recommendation stands on a day: its {@link io.github.rectrack.engine.status.Status} from the
 * {@link io.github.rectrack.engine.status.Lifecycle}, its {@link
 * io.github.rectrack.engine.status.TargetStatus}, and its forum from {@link
 * io.github.rectrack.engine.status.Routing}, all under the {@link io.github.rectrack.engine.status.AsOf}
 * rule.
 */
package io.github.rectrack.engine.status;
