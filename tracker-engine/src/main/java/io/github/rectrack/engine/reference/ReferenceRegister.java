package io.github.rectrack.engine.reference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.model.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;

/**
 * The registers transcribed by hand from public papers and bundled with the library: the project's
 * golden data, and ready-made examples to try the library on.
 *
 * <p>Personal names in the papers are replaced by role titles or initials.
 *
 * <pre>{@code
 * Register register = ReferenceRegister.LEICESTERSHIRE_2020.load();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ReferenceRegister {

    /**
     * Leicestershire Police and OPCC, Joint Audit, Risk &amp; Assurance Panel paper of 16 October 2020,
     * "Internal audit recommendations and tracking" (auditor Mazars): the reference report.
     */
    LEICESTERSHIRE_2020("leicestershire-jarap-2020-10",
            "Leicestershire JARAP paper: internal audit recommendations and tracking", LocalDate.of(2020, 10, 16)),

    /** Essex Police, ICO timeliness audit action plan (Information Rights Development Plan), 2020. */
    ESSEX_ICO_2020("essex-ico-action-plan-2020",
            "Essex Police ICO timeliness audit action plan", LocalDate.of(2020, 10, 8)),

    /** Metropolitan Police Authority, District Audit report on the policing plan 2001/2: progress at 31 March 2002. */
    MPS_DISTRICT_AUDIT_2002("mps-district-audit-2001-02",
            "MPA District Audit action plan progress summary 2001/2", LocalDate.of(2002, 3, 31)),

    /**
     * Lancashire Constabulary, report to the Strategic Scrutiny Meeting of 7 January 2016 on progress
     * against the HMIC inspection "Building the Picture" (police information management): recommendations
     * addressed to national bodies and to the force, the force's work answering them, and a further report
     * asked for in March 2016. The paper's Appendix A is not in the published paper.
     */
    LANCASHIRE_HMIC_2016("lancashire-hmic-information-management-2016-01",
            "Lancashire Strategic Scrutiny paper: HMIC 'Building the Picture' progress", LocalDate.of(2016, 1, 7)),

    /**
     * Illustrative, not a transcription: a fictional force's PEEL inspection in the shape HMICFRS reports
     * take (a cause of concern with its recommendations, areas for improvement, a recommendation addressed
     * to a national body), with the commissioner's published response and a further report promised. Its
     * wording is made up; it gives the area-for-improvement and s.55 paths data with a real structure.
     */
    ILLUSTRATIVE_PEEL_2022("illustrative-peel-inspection-2022",
            "Illustrative (fictional force): PEEL inspection with AFIs and a cause of concern", LocalDate.of(2023, 3, 15));

    private static final ConcurrentMap<ReferenceRegister, Register> LOADED = new ConcurrentHashMap<>();

    private final String id;
    private final String title;
    private final LocalDate paperDate;

    ReferenceRegister(String id, String title, LocalDate paperDate) {
        this.id = id;
        this.title = title;
        this.paperDate = paperDate;
    }

    /**
     * The register's id, which is also its file name without {@code .json}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * A short description of the paper.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The date the paper shows the register as of: the natural as-of date for reports on it.
     *
     * @return the paper's date
     */
    public LocalDate paperDate() {
        return paperDate;
    }

    /**
     * The class-path resource holding the register in canonical JSON.
     *
     * @return the resource name
     */
    public String resource() {
        return "/io/github/rectrack/engine/reference/" + id + ".json";
    }

    /**
     * Opens the register's canonical JSON.
     *
     * @return a new stream; the caller closes it
     */
    public InputStream open() {
        InputStream in = ReferenceRegister.class.getResourceAsStream(resource());
        if (in == null) {
            throw new IllegalStateException("reference register resource " + resource() + " is missing from the class path");
        }
        return in;
    }

    /**
     * The register, read once and then shared (registers are immutable).
     *
     * @return the register
     * @throws IllegalStateException if the bundled file cannot be read, which is a packaging fault
     */
    public Register load() {
        return LOADED.computeIfAbsent(this, ReferenceRegister::read);
    }

    /**
     * Finds a reference register by id.
     *
     * @param id the id, for example {@code "leicestershire-jarap-2020-10"}
     * @return the reference register, or empty if none has that id
     */
    public static Optional<ReferenceRegister> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    private Register read() {
        try (InputStream in = open()) {
            ImportResult result = new RegisterJson().read(in, resource());
            return result.register().orElseThrow(() -> new IllegalStateException(
                    "bundled reference register " + id + " cannot be read: " + result.findings()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource(), e);
        }
    }
}
