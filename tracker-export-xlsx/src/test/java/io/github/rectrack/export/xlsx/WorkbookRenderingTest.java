package io.github.rectrack.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.rectrack.engine.reference.ReferenceRegister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2020 workbook as LibreOffice prints it: converted to PDF headless, then read with poppler's
 * {@code pdfinfo} and {@code pdftotext}. Skipped where LibreOffice or poppler is not installed, except when the
 * environment variable {@code CI} is {@code true}, where a missing tool fails the test. With the system property
 * {@code rendering.out} naming a folder, the PDF is kept there.
 */
class WorkbookRenderingTest {

    /** A4 landscape in PDF points, as pdfinfo prints it. */
    private static final double A4_LONG = 841.89;
    private static final double A4_SHORT = 595.28;

    @Test
    void the2020WorkbookPrintsOnA4LandscapeWithTheRecommendationsOnePageWide(@TempDir Path dir) throws Exception {
        requireTools("soffice", "pdfinfo", "pdftotext");
        Path xlsx = dir.resolve("tracker-2020.xlsx");
        Files.write(xlsx, XlsxRoundTripTest.export(ReferenceRegister.LEICESTERSHIRE_2020.load(), ReferenceRegister.LEICESTERSHIRE_2020.paperDate()));
        run(dir, 240, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), xlsx.toString());
        Path pdf = dir.resolve("tracker-2020.pdf");
        assertThat(pdf).exists();
        String keep = System.getProperty("rendering.out"); // a folder to keep the PDF in, to look at it
        if (keep != null) {
            Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        String info = run(dir, 60, "pdfinfo", "-f", "1", "-l", "1000", pdf.toString());
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).as(info).isTrue();
        int count = Integer.parseInt(pages.group(1));
        Matcher size = Pattern.compile("(?m)^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        int sized = 0;
        while (size.find()) {
            sized++;
            assertThat(Double.parseDouble(size.group(1))).as("page %d width, landscape", sized).isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(1.0));
            assertThat(Double.parseDouble(size.group(2))).as("page %d height", sized).isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(sized).isEqualTo(count);

        List<String> text = List.of(run(dir, 60, "pdftotext", "-layout", pdf.toString(), "-").split("\f"));
        // the Summary on page 1, whole
        assertThat(text.get(0)).contains("Recommendation tracker", "Proposed for closure", "Recommendations in the tracker",
                "Monitored by the Strategic Organisational Risk Board");
        // every page of the Recommendations sheet holds its first and its last printed column: one page wide
        List<Integer> recommendationPages = new ArrayList<>();
        for (int p = 0; p < text.size(); p++) {
            String page = text.get(p);
            if (page.contains("Last update date") || page.contains("Stated status")) {
                recommendationPages.add(p + 1);
                assertThat(page).as("page %d", p + 1).contains("Source, reference and title", "Response text", "Counts on");
            }
        }
        assertThat(recommendationPages).as("the Recommendations sheet's pages").isNotEmpty().startsWith(2);
        // its 27 rows, whole: the first and the last reference, each on one of its pages
        String recommendations = String.join("\n", recommendationPages.stream().map(p -> text.get(p - 1)).toList());
        assertThat(recommendations).contains("Missing Firearm").doesNotContain("seized-found-property-2018-4.1");
    }

    private static void requireTools(String... tools) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String tool : tools) {
            Process which = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
            which.getInputStream().readAllBytes();
            if (!which.waitFor(20, TimeUnit.SECONDS) || which.exitValue() != 0) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            String message = "the rendering check needs " + missing + " on the PATH (Debian: libreoffice-calc-nogui, poppler-utils)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; under CI=true a missing tool fails the check");
            }
            Assumptions.assumeTrue(false, message);
        }
    }

    private static String run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " took longer than " + seconds + " s");
        }
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
        return output;
    }
}
