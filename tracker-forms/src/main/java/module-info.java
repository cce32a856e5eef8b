/**
 * Owners' update forms as Excel workbooks: {@link io.github.rectrack.forms.OwnerForms} writes one for an
 * owner of an update round and reads one returned.
 */
module io.github.rectrack.forms {
    requires transitive io.github.rectrack.engine;
    requires org.apache.poi.ooxml;

    exports io.github.rectrack.forms;
}
