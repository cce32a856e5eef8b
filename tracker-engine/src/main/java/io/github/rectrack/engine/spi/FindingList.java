package io.github.rectrack.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The findings of one import, listing at most a number of them: a sheet of a million bad rows must not hold
 * a million messages in memory, nor print them. What is found beyond is counted, errors apart, and {@link
 * #listed()} adds one finding that says how many were left out, an error if any of them was one, so that a
 * result with more errors than are listed still has errors.
 *
 * <pre>{@code
 * FindingList findings = new FindingList("force.csv", FindingList.DEFAULT_MAX);
 * findings.add(Finding.error("force.csv: row 7", "expected a date, found 'soon'"));
 * return new ImportResult(Optional.of(register), findings.listed());
 * }</pre>
 *
 * <p>Not thread-safe: one list serves one import.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FindingList extends ArrayList<Finding> {

    /** The most findings an importer lists by default. */
    public static final int DEFAULT_MAX = 1_000;

    private static final long serialVersionUID = 1L;

    /** The input's name: the location of the finding that counts what is not listed. */
    private final String name;
    /** The most findings listed. */
    private final int max;
    /** How many findings were found beyond {@link #max} and not listed. */
    private int unlisted;
    /** How many of those not listed are errors. */
    private int unlistedErrors;
    /** How many errors were found in all, listed or not. */
    private int errors;

    /**
     * An empty list.
     *
     * @param name the input's name, the location of the finding that counts what is not listed
     * @param max the most findings listed; 1 or more
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public FindingList(String name, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the most findings listed must be 1 or more, not " + max);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.max = max;
    }

    /**
     * Lists the finding while fewer than the most are listed, else counts it.
     *
     * @param finding the finding
     * @return whether it was listed
     */
    @Override
    public boolean add(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        if (finding.isError()) {
            errors++;
        }
        if (size() < max) {
            return super.add(finding);
        }
        unlisted++;
        if (finding.isError()) {
            unlistedErrors++;
        }
        return false;
    }

    /**
     * Adds each finding as {@link #add(Finding)} does.
     *
     * @param findings the findings
     * @return whether any was listed
     */
    @Override
    public boolean addAll(Collection<? extends Finding> findings) {
        boolean added = false;
        for (Finding finding : findings) {
            added |= add(finding);
        }
        return added;
    }

    /**
     * The errors added so far, listed or not: an importer compares it before and after a row to tell
     * whether the row had errors.
     *
     * @return the number of errors
     */
    public int errorCount() {
        return errors;
    }

    /**
     * The findings added but not listed.
     *
     * @return the number, 0 while no more than the most were added
     */
    public int unlistedCount() {
        return unlisted;
    }

    /**
     * The findings listed, and one more counting those that were not, if any: {@code 100 more finding(s), 100
     * of them error(s), are not listed: only the first 1,000 are; correct those above and import again}.
     *
     * @return the findings to report
     */
    public List<Finding> listed() {
        if (unlisted == 0) {
            return this;
        }
        List<Finding> all = new ArrayList<>(this);
        String message = String.format(Locale.ROOT, "%,d more finding(s), %,d of them error(s), are not listed: only the first %,d "
                + "are; correct those above and import again", unlisted, unlistedErrors, max);
        all.add(unlistedErrors > 0 ? Finding.error(name, message) : Finding.warning(name, message));
        return all;
    }
}
