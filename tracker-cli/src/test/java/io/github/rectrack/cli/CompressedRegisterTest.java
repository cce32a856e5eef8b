package io.github.rectrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectrack.engine.journal.Journal;
import io.github.rectrack.engine.json.RegisterJson;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.model.Register;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Registers kept as {@code .json.gz}: written compressed (the same canonical JSON inside), read by every command
 * that reads a register, recorded to with a journal beside them; and the JSON exporter's compact layout.
 */
class CompressedRegisterTest extends RegisterFileTest {

    static final String GOVERNANCE = "code-of-governance-2018-4.1";

    @Test
    void aGeneratedRegisterWrittenAsJsonGzIsGzipOfTheSameRegisterAndEveryCommandReadsIt() throws IOException {
        Path plain = dir.resolve("big.json");
        Path gz = dir.resolve("big.json.gz");
        assertThat(run("generate", "-n", "200", "-s", "5", "-o", plain.toString())).isZero();
        assertThat(run("generate", "-n", "200", "-s", "5", "-o", gz.toString())).isZero();

        byte[] bytes = Files.readAllBytes(gz);
        assertThat(bytes[0]).isEqualTo((byte) 0x1f);
        assertThat(bytes[1]).isEqualTo((byte) 0x8b);
        assertThat(bytes.length).isLessThan((int) Files.size(plain) / 5);
        String inside;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            inside = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(inside).isEqualTo(Files.readString(plain));

        assertThat(run("summary", plain.toString(), "--as-of", "2024-03-31")).isZero();
        String fromPlain = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("summary", gz.toString(), "--as-of", "2024-03-31")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(fromPlain.replace(plain.toString(), gz.toString()));
        assertThat(run("validate", gz.toString())).as(err.toString()).isZero();
    }

    @Test
    void changesAreRecordedInAJournalBesideAJsonGzRegister() throws IOException {
        Path gz = dir.resolve("jarap.json.gz");
        assertThat(run("convert", file.toString(), "-o", gz.toString())).as(err.toString()).isZero();
        clock("2020-10-12T08:30:00Z");

        assertThat(run("record", "update", gz.toString(), GOVERNANCE, "--by", "aco-finance", "--text", "Code approved.",
                "--date", "2020-10-12")).as(err.toString()).isZero();

        assertThat(Journal.pathFor(gz)).isEqualTo(dir.resolve("jarap.journal.jsonl"));
        Register recorded = Journal.beside(gz).load().register();
        assertThat(recorded.recommendations().filter(r -> r.id().equals(GOVERNANCE)).findFirst().orElseThrow().updates())
                .anySatisfy(u -> assertThat(u.text()).isEqualTo("Code approved."));
    }

    @Test
    void theJsonExportersCompactLayoutIsOneLineOfTheSameRegister() throws IOException {
        Path compact = dir.resolve("compact.json");
        assertThat(run("report", file.toString(), "-o", compact.toString(), "--format", "json", "--option", "layout=compact"))
                .as(err.toString()).isZero();

        String text = Files.readString(compact);
        assertThat(text).endsWith("}\n").containsOnlyOnce("\n");
        assertThat(new RegisterJson().read(text, "compact.json").register()).contains(ReferenceRegister.LEICESTERSHIRE_2020.load());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new RegisterJson().writeCompact(ReferenceRegister.LEICESTERSHIRE_2020.load(), expected);
        assertThat(text).isEqualTo(expected.toString(StandardCharsets.UTF_8));

        assertThat(run("report", file.toString(), "-o", dir.resolve("x.json").toString(), "--format", "json", "--option",
                "layout=wide")).isEqualTo(2);
        assertThat(err.toString()).contains("option 'layout' of exporter 'json' is 'indented' or 'compact', not 'wide'");
    }

    @Test
    void anyExportersFileNamedWithGzIsWrittenCompressed() throws IOException {
        Path plain = dir.resolve("report.csv");
        Path gz = dir.resolve("report.csv.gz");
        assertThat(run("report", file.toString(), "--as-of", "2020-10-16", "-o", plain.toString())).as(err.toString()).isZero();
        assertThat(run("report", file.toString(), "--as-of", "2020-10-16", "-o", gz.toString())).as(err.toString()).isZero();

        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
    }
}
