package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a written paper the way a reader sees it: LibreOffice converts it to PDF, {@code pdftotext
 * -layout} reads the PDF's text page by page. Without the tools a test using this is skipped, except
 * where the environment variable {@code CI} is {@code true}: there a missing tool fails the test, so a
 * build machine cannot pass by not rendering.
 */
final class Rendering {

    private Rendering() {}

    /** The path of a program on the {@code PATH}, if there is one. */
    static Optional<Path> program(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * The program, or the test skipped (failed under {@code CI=true}) naming the Debian package that
     * brings it.
     */
    static Path require(String name, String debianPackage) {
        Optional<Path> found = program(name);
        if (found.isEmpty()) {
            String why = "'" + name + "' is not on the PATH; install the Debian package " + debianPackage;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (CI=true: the rendering checks must run)");
            }
            assumeTrue(false, why);
        }
        return found.get();
    }

    /**
     * Converts a Word document to PDF with LibreOffice, headless, with a profile of its own (so it runs
     * beside another LibreOffice), and reads each page's text.
     *
     * @param docx the document
     * @param work a directory for the profile and the PDF
     * @return the text of each page, in order
     */
    static List<String> pages(Path docx, Path work) throws IOException, InterruptedException {
        Path soffice = require("soffice", "libreoffice-writer-nogui");
        Path pdftotext = require("pdftotext", "poppler-utils");
        Path profile = work.resolve("profile");
        run(work, soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
                work.toString(), docx.toString());
        String name = docx.getFileName().toString();
        Path pdf = work.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            fail("LibreOffice wrote no PDF for " + docx);
        }
        Path text = work.resolve("paper.txt");
        run(work, pdftotext.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), text.toString());
        List<String> pages = new ArrayList<>(Arrays.asList(Files.readString(text, StandardCharsets.UTF_8).split("\f", -1)));
        while (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    private static void run(Path work, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("process.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish in 5 minutes");
        }
        if (process.exitValue() != 0) {
            fail(command[0] + " ended with " + process.exitValue() + ": " + Files.readString(work.resolve("process.log")));
        }
    }
}
