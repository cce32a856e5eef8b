package io.github.rectrack.engine.csv;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.rectrack.engine.evaluation.RecommendationState;
import io.github.rectrack.engine.evaluation.RegisterEvaluation;
import io.github.rectrack.engine.spi.Exporter;
import io.github.rectrack.engine.spi.Options;
import io.github.rectrack.engine.spi.Report;
import io.github.rectrack.engine.status.AsOf;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Person;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetDate;
import io.github.rectrack.model.TargetRevision;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The built-in exporter {@code csv}: one row per recommendation of the report's evaluation, in register
 * order, under a header row of the {@link CsvColumns}.
 *
 * <p>Every recommendation of the register that exists on the report's day is written, not only the
 * forum's; the {@code routed_to} column says where each goes. Status, RAG colour, route, current target
 * and latest update are the engine's, as evaluated for the day, never recomputed here. The bytes are
 * UTF-8 without a byte-order mark, with RFC 4180 quoting and CRLF line ends, and the same for the same
 * report. Dates are ISO-8601, at their own precision ({@code 2020}, {@code 2020-05}, {@code 2020-05-07}).
 * A value a spreadsheet would run as a formula is written with a single quote in front (see {@link
 * CsvImporter} for the exact rule, which the importer undoes).
 *
 * <p>What CSV does not carry: owners who had handed over by the day and owners' strands, target revision
 * dates, reasons and agreements, every progress update but the latest (and its author and sections;
 * its percent complete is written),
 * governance decisions (only the status they give), management responses, extension requests, actions,
 * links, update requests, evidence, handling markings, the people's initials and roles, the register's
 * as-of day, and the scheme. The stated status, stated RAG and notes are written as they are. A line break
 * inside an intermediate target's text is written as a space, since {@code revised_targets} holds one
 * target per line.
 *
 * <p>The rows are those of the report's evaluation, as its publication profile shows the register: with
 * the {@code public} profile, marked recommendations and updates are left out and names replaced. CSV
 * has no place for the statement of what was withheld ({@link Report#withheld()}); a caller that
 * publishes it says so alongside.
 *
 * <p>Takes no options. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CsvExporter implements Exporter, CsvFormat {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // Not STRICT_CHECK_FOR_QUOTING: in Jackson 2.20 it leaves a cell holding a bare line feed unquoted,
            // which breaks the row. The default quotes more cells than RFC 4180 needs, which it allows.
            .build();

    private static final CsvSchema SCHEMA = schema();

    /** Any line break, written as a space inside an intermediate target's text. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(false).setLineSeparator("\r\n");
        CsvColumns.ALL.forEach(builder::addColumn);
        return builder.build();
    }

    /** Creates the exporter. */
    public CsvExporter() {}

    @Override
    public void export(Report report, Options options, OutputStream out) throws IOException {
        options.requireOnly(id(), optionNames());
        RegisterEvaluation evaluation = report.evaluation();
        Map<String, Person> people = new HashMap<>();
        for (Person person : evaluation.register().people()) {
            people.putIfAbsent(person.id(), person);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(writer);
        rows.write(CsvColumns.ALL.toArray(String[]::new)); // the header, also for an empty register
        for (RecommendationState state : evaluation.states()) {
            rows.write(row(state, evaluation.asOf(), people));
        }
        rows.flush();
        writer.flush();
    }

    private static String[] row(RecommendationState state, LocalDate asOf, Map<String, Person> people) {
        Source source = state.source();
        Recommendation r = state.recommendation();
        List<String> owners = AsOf.ownersInCharge(r.owners(), asOf);
        List<TargetRevision> history = state.targets().history();
        String[] row = {
            source.id(),
            source.title(),
            source.kind().name(),
            source.issuedBy().orElse(""),
            source.date().map(PartialDate::toString).orElse(""),
            source.assurance().orElse(""),
            r.id(),
            r.reference(),
            r.title(),
            r.text(),
            r.priority(),
            String.join(CsvColumns.LIST_SEPARATOR, r.tags()),
            r.reportedTo().orElse(""),
            state.route().forum(),
            owners.stream().map(id -> Optional.ofNullable(people.get(id)).map(Person::name).orElse(id))
                    .collect(Collectors.joining(CsvColumns.LIST_SEPARATOR)),
            String.join(CsvColumns.LIST_SEPARATOR, owners),
            state.targets().original().map(TargetDate::text).orElse(""),
            history.size() <= 2 ? "" : history.subList(1, history.size() - 1).stream()
                    .map(t -> LINE_BREAK.matcher(t.target().text()).replaceAll(" ")).collect(Collectors.joining("\n")),
            state.targets().current().map(TargetDate::text).orElse(""),
            state.targets().current().flatMap(TargetDate::deadline).map(LocalDate::toString).orElse(""),
            Integer.toString(state.targets().revisions()),
            state.status().name(),
            state.rag().name(),
            r.statedStatus().orElse(""),
            r.statedRag().orElse(""),
            state.lastUpdate().map(u -> u.date().toString()).orElse(""),
            state.lastUpdate().map(u -> u.text()).orElse(""),
            state.lastUpdate().flatMap(u -> u.percentComplete()).map(String::valueOf).orElse(""),
            r.notes().orElse(""),
            r.kind() == Recommendation.Kind.RECOMMENDATION ? "" : r.kind().name(),
            r.parent().orElse(""),
            r.addressee().orElse(""),
            asOf.toString()
        };
        for (int i = 0; i < row.length; i++) {
            row[i] = Cells.protect(row[i]);
        }
        return row;
    }
}
