package io.github.rectrack.sheets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A column mapping file that cannot be used: not JSON or YAML, a field of the wrong type, a value the
 * scheme does not have. The message names the file and, for every problem, its JSON path ({@code
 * columns.priority}, {@code values.status['Proposed Close']}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MappingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem in a mapping file.
     *
     * @param path the JSON path of the field, for example {@code columns.priority}; empty for the file as a whole
     * @param message what is wrong and what is expected
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Problem(String path, String message) {

        /**
         * Checks for nulls.
         *
         * @param path the JSON path of the field, for example {@code columns.priority}; empty for the file as
         *     a whole
         * @param message what is wrong and what is expected
         */
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        /** The problem as one line: {@code columns.priority: expected ...}. */
        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    /** The mapping file's name as given. */
    private final String file;
    private final transient List<Problem> problems;

    /**
     * A mapping file with problems.
     *
     * @param file the file's name as given
     * @param problems every problem found; at least one
     */
    public MappingException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String message(String file, List<Problem> problems) {
        if (problems.size() == 1) {
            return "column mapping " + file + ": " + problems.get(0);
        }
        StringBuilder b = new StringBuilder("column mapping " + file + " has " + problems.size() + " problems:");
        problems.forEach(p -> b.append("\n  ").append(p));
        return b.toString();
    }

    /**
     * The mapping file's name.
     *
     * @return the name as given
     */
    public String file() {
        return file;
    }

    /**
     * Every problem found, in the order found.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }
}
