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
 * notifiers with their ids, one-line descriptions, versions and jars; then every plug-in that failed to
 * load, with its jar or class and cause (a jar that cannot be opened, a class that cannot be loaded, a
 * plug-in without an id). A load
 * failure does not change the exit code (the others still work); two plug-ins claiming one id does
 * (exit code 2, naming both classes and jars).
 */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the plug-ins found (exporters, importers, RAG policies, notifiers) with their jars and versions, and any that failed to load.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (plug-ins that failed to load are listed after the others)",
            "2:two plug-ins claim one id, or the --plugins directory does not exist"})
final class FormatsCommand implements Callable<Integer> {

    /** Names longer than this are shortened unless --verbose. */
    private static final int NAME_WIDTH = 40;

    @Option(names = {"-v", "--verbose"},
            description = "Show each plug-in's full name, full location, class, media type and options.")
    boolean verbose;

    @ParentCommand
    TrackerCommand tracker;

    @Spec
    CommandSpec spec;

    /** One row of the table, with what --verbose adds. */
    private record Row(String kind, String id, String name, String extensions, String version, String location, String detail) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Plugins plugins = tracker.openPlugins()) {
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
            return TrackerCommand.EXIT_OK;
        }
    }

    /** The "Notifiers" section: id, description (never shortened: it is one line), version and jar. */
    private void printNotifiers(PrintWriter out, Notifiers notifiers) {
        out.printf("%nNotifiers (tell owners an update is requested, with their form):%n");
        if (notifiers.all().isEmpty()) {
            out.println("none found");
            return;
        }
        String[] headings = {"ID", "VERSION", "LOCATION", "DESCRIPTION"};
        List<Notifier> sorted = notifiers.all().values().stream().sorted(Comparator.comparing(Notifier::id)).toList();
        List<String[]> cells = new ArrayList<>();
        for (Notifier n : sorted) {
            cells.add(new String[] {n.id(), n.version(), location(ServiceDiscovery.location(n.getClass())), n.description()});
        }
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = headings[i].length();
            for (String[] row : cells) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        line(out, widths, headings);
        for (int r = 0; r < sorted.size(); r++) {
            line(out, widths, cells.get(r));
            if (verbose) {
                Notifier n = sorted.get(r);
                out.println("    class " + n.getClass().getName()
                        + (n.optionNames().isEmpty() ? ", no options" : ", options " + new TreeSet<>(n.optionNames())));
            }
        }
    }

    private void print(PrintWriter out, List<Row> rows) {
        String[] headings = {"KIND", "ID", "NAME", "EXTENSIONS", "VERSION", "LOCATION"};
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = headings[i].length();
        }
        for (Row row : rows) {
            String[] cells = cells(row);
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        line(out, widths, headings);
        for (Row row : rows) {
            line(out, widths, cells(row));
            if (verbose) {
                out.println("    " + row.detail());
            }
        }
    }

    private String[] cells(Row row) {
        String name = verbose || row.name().length() <= NAME_WIDTH ? row.name() : row.name().substring(0, NAME_WIDTH - 3) + "...";
        return new String[] {row.kind(), row.id(), name, row.extensions(), row.version(), row.location()};
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
