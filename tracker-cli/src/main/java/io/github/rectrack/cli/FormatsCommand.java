package io.github.rectrack.cli;

import io.github.rectrack.engine.discovery.ServiceDiscovery;
import io.github.rectrack.engine.plugin.Formats;
import io.github.rectrack.engine.plugin.Notifiers;
import io.github.rectrack.engine.plugin.PluginInfo;
import io.github.rectrack.engine.rag.RagPolicies;
import io.github.rectrack.engine.spi.Notifier;
import io.github.rectrack.engine.spi.rag.RagPolicy;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tracker formats}: lists the plug-ins found on the class path and in the {@code --plugins}
 * directory (exporters, importers and RAG policies) with their ids, names, file extensions ('-' for an
 * importer chosen only by its id), versions and the jars they came from; then, under "Notifiers", the
 * notifiers with their ids, versions and jars, each with its one-line description on the line below; then
 * every plug-in that failed to load, with its jar or class and cause (a jar that cannot be opened, a class
 * that cannot be loaded, a plug-in without an id). A load
 * failure does not change the exit code (the others still work); two plug-ins claiming one id does
 * (exit code 2, naming both classes and jars).
 *
 * <p>The table's lines fit in {@value #WIDTH} columns, unless {@code --verbose}: when every plug-in comes from
 * one jar (as in {@code tracker.jar}) the table leaves out the location column and names the jar once below it;
 * otherwise long locations are shortened at their start and then long names at their end ("..."). With {@code --format json} the same is one JSON
 * document, never shortened: {@code exporters} and {@code importers} (id, description, extensions, media type,
 * options, version, location, class), {@code ragPolicies} (with their settings), {@code notifiers} (with their
 * options) and {@code failures}.
 */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the plug-ins found (exporters, importers, RAG policies, notifiers) with their jars and versions, and any that failed to load.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (plug-ins that failed to load are listed after the others)",
            "2:two plug-ins claim one id, or the --plugins directory does not exist"})
final class FormatsCommand implements Callable<Integer> {

    /** Names longer than this are shortened unless --verbose. */
    private static final int NAME_WIDTH = 40;

    /** The widest line of the table, unless --verbose. */
    static final int WIDTH = 100;


    @Option(names = {"-v", "--verbose"},
            description = "Show each plug-in's full name, full location, class, media type and options.")
    boolean verbose;

    @picocli.CommandLine.Mixin
    PrintedForm printed = new PrintedForm();

    @ParentCommand
    TrackerCommand tracker;

    @Spec
    CommandSpec spec;

    /** One row of the table, with what --verbose adds. */
    private record Row(String kind, String id, String name, String extensions, String version, String location, String detail) {}

    @Override
    public Integer call() throws Exception {
        try (Plugins plugins = tracker.openPlugins()) {
            return printed.print(spec, out -> {
                if (printed.form() == PrintedForm.Form.json) {
                    printJson(out, plugins);
                } else {
                    printText(out, plugins);
                }
                return TrackerCommand.EXIT_OK;
            });
        }
    }

    private void printText(PrintWriter out, Plugins plugins) {
        Formats formats = plugins.formats();
        RagPolicies policies = plugins.ragPolicies();
        plugins.directory().ifPresent(dir -> out.printf("Plug-in directory %s: %s%n%n", dir,
                plugins.jars().isEmpty() ? "no jars" : plugins.jars().stream().map(j -> j.getFileName().toString())
                        .collect(Collectors.joining(", "))));
        List<Row> rows = new ArrayList<>();
        for (PluginInfo info : formats.describe()) {
            Set<String> options = info.kind() == PluginInfo.Kind.EXPORTER
                    ? formats.exporters().get(info.id()).optionNames() : formats.importers().get(info.id()).optionNames();
            rows.add(new Row(info.kind().name().toLowerCase(Locale.ROOT), info.id(), info.displayName(),
                    info.fileExtensions().isEmpty() ? "-" : String.join(", ", info.fileExtensions()), info.version(),
                    location(info.location()),
                    "class " + info.className() + ", media type " + info.mediaType()
                            + (options.isEmpty() ? ", no options" : ", options " + new TreeSet<>(options))));
        }
        policies.all().values().stream().sorted(Comparator.comparing(RagPolicy::id)).forEach(p -> rows.add(new Row(
                "rag-policy", p.id(), p.description(), "-", p.version(),
                location(ServiceDiscovery.location(p.getClass())), "class " + p.getClass().getName()
                        + (p.settingNames().isEmpty() ? ", no settings" : ", settings " + new TreeSet<>(p.settingNames())))));
        print(out, rows);
        Notifiers notifiers = plugins.notifiers();
        printNotifiers(out, notifiers);
        List<String> failures = plugins.failures();
        out.printf("%n%d exporter(s), %d importer(s), %d RAG policy(ies), %d notifier(s)%s%n", formats.exporters().size(),
                formats.importers().size(), policies.all().size(), notifiers.all().size(),
                failures.isEmpty() ? "" : "; " + failures.size() + " plug-in(s) failed to load and are left out:");
        failures.forEach(f -> out.println("failed to load: " + f));
    }

    /** Every plug-in as one JSON document, nothing shortened. */
    private void printJson(PrintWriter out, Plugins plugins) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
        root.put("pluginDirectory", plugins.directory().map(Path::toString).orElse(null));
        Formats formats = plugins.formats();
        com.fasterxml.jackson.databind.node.ArrayNode exporters = root.putArray("exporters");
        com.fasterxml.jackson.databind.node.ArrayNode importers = root.putArray("importers");
        for (PluginInfo info : formats.describe()) {
            boolean exporter = info.kind() == PluginInfo.Kind.EXPORTER;
            Set<String> options = exporter ? formats.exporters().get(info.id()).optionNames() : formats.importers().get(info.id()).optionNames();
            com.fasterxml.jackson.databind.node.ObjectNode node = (exporter ? exporters : importers).addObject();
            node.put("id", info.id()).put("description", info.displayName());
            info.fileExtensions().forEach(node.putArray("extensions")::add);
            node.put("mediaType", info.mediaType());
            new TreeSet<>(options).forEach(node.putArray("options")::add);
            node.put("version", info.version()).put("location", info.location()).put("class", info.className());
        }
        com.fasterxml.jackson.databind.node.ArrayNode policies = root.putArray("ragPolicies");
        plugins.ragPolicies().all().values().stream().sorted(Comparator.comparing(RagPolicy::id)).forEach(p -> {
            com.fasterxml.jackson.databind.node.ObjectNode node = policies.addObject().put("id", p.id()).put("description", p.description());
            new TreeSet<>(p.settingNames()).forEach(node.putArray("settings")::add);
            node.put("version", p.version()).put("location", ServiceDiscovery.location(p.getClass())).put("class", p.getClass().getName());
        });
        com.fasterxml.jackson.databind.node.ArrayNode notifiers = root.putArray("notifiers");
        plugins.notifiers().all().values().stream().sorted(Comparator.comparing(Notifier::id)).forEach(n -> {
            com.fasterxml.jackson.databind.node.ObjectNode node = notifiers.addObject().put("id", n.id()).put("description", n.description());
            new TreeSet<>(n.optionNames()).forEach(node.putArray("options")::add);
            node.put("version", n.version()).put("location", ServiceDiscovery.location(n.getClass())).put("class", n.getClass().getName());
        });
        plugins.failures().forEach(root.putArray("failures")::add);
        out.println(mapper.writeValueAsString(root));
    }

    /** The "Notifiers" section: id, description (never shortened: it is one line), version and jar. */
    private void printNotifiers(PrintWriter out, Notifiers notifiers) {
        out.printf("%nNotifiers (tell owners an update is requested, with their form):%n");
        if (notifiers.all().isEmpty()) {
            out.println("none found");
            return;
        }
        String[] headings = {"ID", "VERSION", "LOCATION"};
        List<Notifier> sorted = notifiers.all().values().stream().sorted(Comparator.comparing(Notifier::id)).toList();
        List<String[]> cells = new ArrayList<>();
        for (Notifier n : sorted) {
            cells.add(new String[] {n.id(), n.version(), location(ServiceDiscovery.location(n.getClass()))});
        }
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = headings[i].length();
            for (String[] row : cells) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        fit(widths, 2, 16, 2, 12);
        line(out, widths, headings);
        for (int r = 0; r < sorted.size(); r++) {
            String[] row = cells.get(r);
            row[2] = shortenStart(row[2], widths[2]);
            line(out, widths, row);
            wrap(sorted.get(r).description(), "    ").forEach(out::println);
            if (verbose) {
                Notifier n = sorted.get(r);
                out.println("    class " + n.getClass().getName()
                        + (n.optionNames().isEmpty() ? ", no options" : ", options " + new TreeSet<>(n.optionNames())));
            }
        }
    }

    private void print(PrintWriter out, List<Row> rows) {
        List<String> locations = rows.stream().map(Row::location).distinct().toList();
        boolean oneLocation = !verbose && locations.size() == 1;
        String[] headings = oneLocation ? new String[] {"KIND", "ID", "NAME", "EXTENSIONS", "VERSION"}
                : new String[] {"KIND", "ID", "NAME", "EXTENSIONS", "VERSION", "LOCATION"};
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = headings[i].length();
        }
        for (Row row : rows) {
            String[] cells = cells(row, headings.length);
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        if (oneLocation) {
            fit(widths, 2, 20, 2, 12);
        } else {
            fit(widths, 5, 24, 2, 24, 5, 16, 2, 16, 5, 12, 2, 12);
        }
        line(out, widths, headings);
        for (Row row : rows) {
            String[] cells = cells(row, headings.length);
            cells[2] = shortenEnd(cells[2], widths[2]);
            if (!oneLocation) {
                cells[5] = shortenStart(cells[5], widths[5]);
            }
            line(out, widths, cells);
            if (verbose) {
                out.println("    " + row.detail());
            }
        }
        if (oneLocation) {
            out.println("(all from " + locations.get(0) + ")");
        }
    }

    /** A row's cells: the first {@code count} of kind, id, name, extensions, version and location. */
    private String[] cells(Row row, int count) {
        String name = verbose || row.name().length() <= NAME_WIDTH ? row.name() : row.name().substring(0, NAME_WIDTH - 3) + "...";
        return java.util.Arrays.copyOf(new String[] {row.kind(), row.id(), name, row.extensions(), row.version(), row.location()}, count);
    }

    /**
     * Narrows columns until a line of the table fits {@link #WIDTH} columns, unless --verbose: each pair of
     * {@code steps} is a column and the narrowest it may get in that step.
     */
    private void fit(int[] widths, int... steps) {
        if (verbose) {
            return;
        }
        for (int i = 0; i + 1 < steps.length; i += 2) {
            int column = steps[i];
            int over = lineWidth(widths) - WIDTH;
            if (over > 0 && widths[column] > steps[i + 1]) {
                widths[column] = Math.max(steps[i + 1], widths[column] - over);
            }
        }
    }

    /** The width of a full line: every column but the last padded by two spaces. */
    private static int lineWidth(int[] widths) {
        int total = 0;
        for (int i = 0; i < widths.length; i++) {
            total += widths[i] + (i == widths.length - 1 ? 0 : 2);
        }
        return total;
    }

    /** The text, its end replaced by "..." if it is wider than the width. */
    private static String shortenEnd(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    /**
     * A location no wider than the width: its start replaced by "..." (a path by ".../" and its file name, when
     * that fits).
     */
    private static String shortenStart(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int slash = text.lastIndexOf('/');
        if (slash >= 0 && text.length() - slash + 3 <= width) {
            return ".../" + text.substring(slash + 1);
        }
        return "..." + text.substring(text.length() - (width - 3));
    }

    /** Text as lines of at most {@link #WIDTH} columns after the indent, broken between words. */
    static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void line(PrintWriter out, int[] widths, String[] cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == cells.length - 1 ? cells[i] : String.format("%-" + (widths[i] + 2) + "s", cells[i]));
        }
        out.println(line.toString().stripTrailing());
    }

    /** A jar's file name (its full path with --verbose); a directory's full path. */
    private String location(String url) {
        try {
            Path path = Path.of(URI.create(url));
            boolean jar = path.getFileName() != null && path.getFileName().toString().endsWith(".jar");
            return verbose || !jar ? path.toString() : path.getFileName().toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return url;
        }
    }
}
