package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.export.docx.DocxExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word templates and Excel workbooks whose package is damaged or hostile, run through the {@code tracker}
 * command in a child JVM as a user runs it: each gives one located line on standard error, exit 2, and no
 * stack trace from the libraries underneath.
 */
class DamagedPackageTest {

    private static final String DOCTYPE = "<!DOCTYPE Types [<!ENTITY name \"value\">]>";

    @TempDir
    static Path work;

    static byte[] template;
    static byte[] workbook;

    /** What a child {@code tracker} run printed and its exit code. */
    private record Ran(int exit, String stdout, String stderr) {}

    @BeforeAll
    static void readGoodPackages() throws IOException {
        try (InputStream in = DocxExporter.class.getResourceAsStream(DocxExporter.DEFAULT_TEMPLATE_RESOURCE)) {
            template = in.readAllBytes();
        }
        Path xlsx = work.resolve("tracker.xlsx");
        assertThat(TrackerCommand.run("report", "--example", "leicestershire-jarap-2020-10", "-o", xlsx.toString())).isZero();
        workbook = Files.readAllBytes(xlsx);
    }

    /** The package with its [Content_Types].xml changed and, if given, one more part. */
    static byte[] repack(byte[] zip, UnaryOperator<String> contentTypes, String extraPart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path source = Files.write(Files.createTempFile(work, "package", ".zip"), zip);
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (InputStream part = in.getInputStream(entry)) {
                    data = part.readAllBytes();
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    data = contentTypes.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
            if (extraPart != null) {
                out.putNextEntry(new ZipEntry(extraPart));
                out.write("no content type is declared for this part".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String withDoctype(String xml) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + DOCTYPE + xml.substring(end);
    }

    private static Ran tracker(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), TrackerCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        return new Ran(process.exitValue(), stdout, stderr);
    }

    private static Ran report(Path template, Path target) throws IOException, InterruptedException {
        return tracker("report", "--example", "leicestershire-jarap-2020-10", "--template", template.toString(), "-o", target.toString());
    }

    /** Standard error holds exactly this one line from the command, and no stack trace. */
    private static void onlyLine(Ran ran, String line) {
        assertThat(ran.exit()).as(ran.stderr()).isEqualTo(TrackerCommand.EXIT_USAGE);
        assertThat(ran.stderr().lines().filter(l -> !l.startsWith("WARNING ") && !l.startsWith("NOTICE ")))
                .as(ran.stderr()).containsExactly(line);
        assertThat(ran.stderr()).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Exception");
    }

    /** An import's output: the finding, the count, and the command's line, with no stack trace. */
    private static void importRefused(Ran ran, Path workbook, String finding) {
        assertThat(ran.exit()).as(ran.stderr()).isEqualTo(TrackerCommand.EXIT_INVALID);
        assertThat((ran.stdout() + ran.stderr()).lines()).as(ran.stderr()).containsExactlyInAnyOrder(
                "ERROR " + workbook + ": " + finding,
                workbook + ": 1 error(s), 0 warning(s)",
                "tracker: no register could be read from " + workbook + " with 'xlsx'; nothing was written");
        assertThat(ran.stderr()).doesNotContainPattern("(?m)^\\s+at ").doesNotContain("Exception");
    }

    @Test
    void aTemplateWhoseContentTypesDeclareADoctype(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("our-paper.dotx"), repack(template, DamagedPackageTest::withDoctype, null));
        Path paper = dir.resolve("paper.docx");
        onlyLine(report(bad, paper), "tracker: template '" + bad + "' was refused: its part /[Content_Types].xml declares a DOCTYPE"
                + " (an XML external entity attack or an entity expansion bomb); a template Word wrote never holds one");
        assertThat(paper).doesNotExist();
    }

    @Test
    void aTemplateWithAPartWithoutAContentType(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("our-paper.dotx"), repack(template, UnaryOperator.identity(), "word/extra.bin"));
        Path paper = dir.resolve("paper.docx");
        onlyLine(report(bad, paper), "tracker: template '" + bad + "' cannot be read as a Word document (.docx or .dotx): its part"
                + " /word/extra.bin has no content type in [Content_Types].xml; save the template again from Word");
        assertThat(paper).doesNotExist();
    }

    @Test
    void aWorkbookWhoseContentTypesDeclareADoctype(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("tracker.xlsx"), repack(workbook, DamagedPackageTest::withDoctype, null));
        importRefused(tracker("import", bad.toString(), "-o", dir.resolve("register.json").toString()), bad,
                bad + " was refused: its part [Content_Types].xml declares a DOCTYPE or entities (an XML external entity attack, or"
                        + " an entity expansion bomb); a workbook Excel wrote never holds one");
    }

    @Test
    void aWorkbookWithAPartWithoutAContentType(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("tracker.xlsx"), repack(workbook, UnaryOperator.identity(), "xl/extra.bin"));
        importRefused(tracker("import", bad.toString(), "-o", dir.resolve("register.json").toString()), bad,
                bad + " could not be read: its part /xl/extra.bin has no content type in [Content_Types].xml (a workbook Excel wrote"
                        + " gives every part one); save it again from Excel, or use the file as it was exported");
    }
}
