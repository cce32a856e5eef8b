package io.github.rectrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of a command that prints its result: {@code --format text|json} chooses the printed form,
 * {@code -o FILE} (or {@code --output FILE}) writes it to a file instead of standard output ({@code -}
 * is standard output). The file is replaced only once what is printed is complete.
 */
final class PrintedForm {

    /** The printed forms. */
    enum Form {
        /** Lines for a person to read. */
        text,
        /** One JSON document, for a program. */
        json
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Form format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write what is printed to FILE instead of standard output ('-': standard output).")
    String output;

    /** The form chosen, text unless {@code --format} says otherwise. */
    Form form() {
        return format == null ? Form.text : format;
    }

    /**
     * Reads {@code --output text} or {@code --output json}, the printed form's option before {@code --output}
     * named a file, as {@code --format}, with a warning on standard error that the use is deprecated.
     *
     * @param spec the command, for its name and its standard error
     */
    void acceptDeprecatedOutputForm(CommandSpec spec) {
        if (output == null || format != null) {
            return;
        }
        for (Form form : Form.values()) {
            if (output.equals(form.name())) {
                spec.commandLine().getErr().println("tracker: warning: '" + spec.name() + " --output " + output
                        + "' is deprecated and will be refused in the next release: use --format " + output
                        + " (--output names a file; write ./" + output + " for a file of that name)");
                format = form;
                output = null;
                return;
            }
        }
    }

    /** Prints a command's result. */
    @FunctionalInterface
    interface Printing {
        /**
         * Prints the result.
         *
         * @param out where to print
         * @return the command's exit code
         * @throws Exception if the result cannot be made
         */
        int print(PrintWriter out) throws Exception;
    }

    /**
     * Prints to standard output, or to the {@code --output} file once the whole result is made.
     *
     * @param spec the command, for its standard output
     * @param printing what prints the result
     * @return the exit code {@code printing} gave
     * @throws Exception if printing fails or the file cannot be written
     */
    int print(CommandSpec spec, Printing printing) throws Exception {
        if (output == null || output.equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            int code = printing.print(out);
            out.flush();
            return code;
        }
        Path target = Path.of(output);
        AtomicFiles.checkTarget(target);
        StringWriter text = new StringWriter();
        int code;
        try (PrintWriter out = new PrintWriter(text)) {
            code = printing.print(out);
        }
        try {
            AtomicFiles.write(target, stream -> stream.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IOException("could not write " + target + ": " + e.getMessage(), e);
        }
        return code;
    }
}
