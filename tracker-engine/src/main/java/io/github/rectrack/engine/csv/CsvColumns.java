package io.github.rectrack.engine.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The columns of the CSV format, in the order {@link CsvExporter} writes them. {@link CsvImporter} matches
 * columns by these names, in any order.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column</th><th>holds</th></tr>
 *   <tr><td>{@code source_id}</td><td>the source's id</td></tr>
 *   <tr><td>{@code source_title}</td><td>the source's title (required on import)</td></tr>
 *   <tr><td>{@code source_kind}</td><td>the kind of source, for example {@code INTERNAL_AUDIT}</td></tr>
 *   <tr><td>{@code issued_by}</td><td>who issued the source</td></tr>
 *   <tr><td>{@code source_date}</td><td>when it was issued: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}</td></tr>
 *   <tr><td>{@code assurance}</td><td>the source's assurance level</td></tr>
 *   <tr><td>{@code recommendation_id}</td><td>the recommendation's id</td></tr>
 *   <tr><td>{@code reference}</td><td>its printed reference (required on import)</td></tr>
 *   <tr><td>{@code title}</td><td>its title</td></tr>
 *   <tr><td>{@code text}</td><td>its full text (required on import)</td></tr>
 *   <tr><td>{@code priority}</td><td>its priority (required on import)</td></tr>
 *   <tr><td>{@code tags}</td><td>its tags, joined with {@code "; "}</td></tr>
 *   <tr><td>{@code reported_to}</td><td>the forum it is reported to by its own override, if any</td></tr>
 *   <tr><td>{@code routed_to}</td><td>the forum the engine routes it to</td></tr>
 *   <tr><td>{@code owners}</td><td>the names of its owners on the day, joined with {@code "; "}</td></tr>
 *   <tr><td>{@code owner_ids}</td><td>the ids of those owners, in the same order</td></tr>
 *   <tr><td>{@code original_target}</td><td>the original target, as written</td></tr>
 *   <tr><td>{@code revised_targets}</td><td>the targets between the original and the current one, oldest
 *       first, one per line</td></tr>
 *   <tr><td>{@code current_target}</td><td>the target in force on the day, as written</td></tr>
 *   <tr><td>{@code current_deadline}</td><td>its deadline, {@code yyyy-MM-dd}; empty if it has none</td></tr>
 *   <tr><td>{@code revisions}</td><td>how many times the original target had been revised by the day</td></tr>
 *   <tr><td>{@code status}</td><td>the status on the day, for example {@code IN_PROGRESS}</td></tr>
 *   <tr><td>{@code rag}</td><td>the colour on the day, for example {@code AMBER}</td></tr>
 *   <tr><td>{@code stated_status}</td><td>the status as the force's own sheet words it ("On track",
 *       "Propose Close"), kept as written beside {@code status}; read back as written, never as a status</td></tr>
 *   <tr><td>{@code stated_rag}</td><td>the colour as the force's own sheet gives it ("Green", "A"), kept
 *       as written beside {@code rag}</td></tr>
 *   <tr><td>{@code last_update_date}</td><td>the date of the latest progress update that counts on the day</td></tr>
 *   <tr><td>{@code last_update_text}</td><td>its text</td></tr>
 *   <tr><td>{@code last_update_percent}</td><td>how complete that update says the work is, a whole
 *       number from 0 to 100; empty if it does not say</td></tr>
 *   <tr><td>{@code notes}</td><td>the recommendation's notes, which are not progress updates</td></tr>
 *   <tr><td>{@code item_kind}</td><td>the kind of item, for example {@code AREA_FOR_IMPROVEMENT}; empty for a
 *       recommendation</td></tr>
 *   <tr><td>{@code parent}</td><td>the id of the cause of concern it belongs to, if any</td></tr>
 *   <tr><td>{@code addressee}</td><td>the body it is addressed to where not the organisation (it is then
 *       watched, and {@code GREY}); empty for the organisation's own</td></tr>
 *   <tr><td>{@code as_of}</td><td>the day of the evaluation, {@code yyyy-MM-dd}</td></tr>
 * </table>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CsvColumns {

    /** The source's id. */
    public static final String SOURCE_ID = "source_id";
    /** The source's title. */
    public static final String SOURCE_TITLE = "source_title";
    /** The kind of source. */
    public static final String SOURCE_KIND = "source_kind";
    /** Who issued the source. */
    public static final String ISSUED_BY = "issued_by";
    /** When the source was issued. */
    public static final String SOURCE_DATE = "source_date";
    /** The source's assurance level. */
    public static final String ASSURANCE = "assurance";
    /** The recommendation's id. */
    public static final String RECOMMENDATION_ID = "recommendation_id";
    /** The printed reference. */
    public static final String REFERENCE = "reference";
    /** The recommendation's title. */
    public static final String TITLE = "title";
    /** The recommendation's text. */
    public static final String TEXT = "text";
    /** The priority. */
    public static final String PRIORITY = "priority";
    /** The tags, joined with "; ". */
    public static final String TAGS = "tags";
    /** The recommendation's own forum override. */
    public static final String REPORTED_TO = "reported_to";
    /** The forum the engine routes it to. */
    public static final String ROUTED_TO = "routed_to";
    /** The current owners' names. */
    public static final String OWNERS = "owners";
    /** The current owners' ids. */
    public static final String OWNER_IDS = "owner_ids";
    /** The original target's text. */
    public static final String ORIGINAL_TARGET = "original_target";
    /** The texts of the targets between the original and the current one, one per line. */
    public static final String REVISED_TARGETS = "revised_targets";
    /** The current target's text. */
    public static final String CURRENT_TARGET = "current_target";
    /** The current target's deadline. */
    public static final String CURRENT_DEADLINE = "current_deadline";
    /** The number of revisions. */
    public static final String REVISIONS = "revisions";
    /** The status on the day. */
    public static final String STATUS = "status";
    /** The colour on the day. */
    public static final String RAG = "rag";
    /** The latest update's date. */
    public static final String LAST_UPDATE_DATE = "last_update_date";
    /** The latest update's text. */
    public static final String LAST_UPDATE_TEXT = "last_update_text";
    /** The latest update's percent complete, 0 to 100. */
    public static final String LAST_UPDATE_PERCENT_COMPLETE = "last_update_percent";
    /** The status as the force's own sheet words it. */
    public static final String STATED_STATUS = "stated_status";
    /** The RAG colour as the force's own sheet gives it. */
    public static final String STATED_RAG = "stated_rag";
    /** The recommendation's notes. */
    public static final String NOTES = "notes";
    /** The kind of item; empty for a recommendation. */
    public static final String ITEM_KIND = "item_kind";
    /** The id of the cause of concern the item belongs to. */
    public static final String PARENT = "parent";
    /** The body the item is addressed to, where not the organisation. */
    public static final String ADDRESSEE = "addressee";
    /** The day of the evaluation. */
    public static final String AS_OF = "as_of";

    /** Every column, in the order written. */
    public static final List<String> ALL = List.of(SOURCE_ID, SOURCE_TITLE, SOURCE_KIND, ISSUED_BY, SOURCE_DATE, ASSURANCE,
            RECOMMENDATION_ID, REFERENCE, TITLE, TEXT, PRIORITY, TAGS, REPORTED_TO, ROUTED_TO, OWNERS, OWNER_IDS,
            ORIGINAL_TARGET, REVISED_TARGETS, CURRENT_TARGET, CURRENT_DEADLINE, REVISIONS, STATUS, RAG, STATED_STATUS, STATED_RAG,
            LAST_UPDATE_DATE, LAST_UPDATE_TEXT, LAST_UPDATE_PERCENT_COMPLETE, NOTES, ITEM_KIND, PARENT, ADDRESSEE, AS_OF);

    /** The columns an imported file must have. */
    public static final Set<String> REQUIRED = Set.of(SOURCE_TITLE, REFERENCE, TEXT, PRIORITY);

    /** The separator of list cells (tags, owners, owner ids). */
    public static final String LIST_SEPARATOR = "; ";

    private CsvColumns() {}
}
