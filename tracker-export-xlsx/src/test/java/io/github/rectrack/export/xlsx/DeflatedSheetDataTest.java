package io.github.rectrack.export.xlsx;

import static io.github.rectrack.export.xlsx.DeflatedSheetData.PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The sheet data compressed in parts: one deflate stream, the same bytes whatever the threads do. */
class DeflatedSheetDataTest {

    /** What a writer wrote, with what it reports. */
    private record Written(byte[] deflated, long length, long deflatedLength, int crc, boolean closed) {}

    /** A stream that records whether it was closed. */
    private static final class Sink extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private interface Text {
        void writeTo(Writer writer) throws IOException;
    }

    private static Written write(DeflatedSheetData.PartDeflater deflater, java.util.concurrent.Executor executor, int maxPending,
            Text text) throws IOException {
        Sink sink = new Sink();
        DeflatedSheetData data = new DeflatedSheetData(sink, executor, maxPending, deflater);
        data.sheet("Updates");
        text.writeTo(data);
        data.close();
        return new Written(sink.toByteArray(), data.length(), data.deflatedLength(), data.crc(), sink.closed);
    }

    private static Written write(Text text) throws IOException {
        return write(DeflatedSheetData::deflatePart, ForkJoinPool.commonPool(), 3, text);
    }

    /** Inflates the parts followed by the empty final block, as one raw deflate stream. */
    private static byte[] inflate(byte[] parts) throws DataFormatException {
        byte[] end = DeflatedSheetData.finalBlock();
        byte[] stream = new byte[parts.length + end.length];
        System.arraycopy(parts, 0, stream, 0, parts.length);
        System.arraycopy(end, 0, stream, parts.length, end.length);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the stream ends before its final block");
                }
                out.write(buffer, 0, n);
            }
            assertThat(inflater.getRemaining()).as("bytes after the final block").isZero();
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    /** Rows of text like a sheet's, some of it repeated, some not, with accented letters and emoji. */
    private static String rows(int count, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int r = 1; r <= count; r++) {
            text.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>");
            for (int w = random.nextInt(40); w >= 0; w--) {
                text.append(switch (random.nextInt(6)) {
                    case 0 -> "café ";
                    case 1 -> "Łódź ";
                    case 2 -> "東京 ";
                    case 3 -> "\uD83D\uDE00 ";
                    default -> Long.toString(random.nextLong(), 36) + " ";
                });
            }
            text.append("</t></is></c></row>\n");
        }
        return text.toString();
    }

    @Test
    void partsInflateToTheTextAcrossManyParts() throws Exception {
        String text = rows(40_000, 1);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).as("the text spans several parts").isGreaterThan(3 * PART);

        Written written = write(w -> w.write(text));

        assertThat(inflate(written.deflated())).isEqualTo(utf8);
        assertThat(written.length()).isEqualTo(utf8.length);
        assertThat(written.crc()).isEqualTo(crc(utf8));
        assertThat(written.deflatedLength()).isEqualTo(written.deflated().length);
        assertThat(written.deflated().length).as("compressed").isLessThan(utf8.length / 2);
        assertThat(written.closed()).isTrue();
    }

    @Test
    void partsAreCutAtFixedOffsetsAndReferToThePreviousPart() throws Exception {
        // a random (hardly compressible) first part; the second repeats the first's last 16 KiB, which it can refer to
        // (zlib finds matches a little short of 32 KiB back, not at 32 KiB exactly)
        int period = DeflatedSheetData.WINDOW / 2;
        byte[] noise = new byte[PART];
        new Random(2).nextBytes(noise);
        StringBuilder first = new StringBuilder(PART);
        for (byte b : noise) {
            first.append((char) ('!' + (b & 0x3F)));
        }
        String second = first.substring(PART - period).repeat(PART / period);
        List<Integer> lengths = Collections.synchronizedList(new ArrayList<>());
        List<Integer> compressed = Collections.synchronizedList(new ArrayList<>());
        Written written = write((dictionary, text, length) -> {
            DeflatedSheetData.Deflated d = DeflatedSheetData.deflatePart(dictionary, text, length);
            lengths.add(length);
            compressed.add(d.length());
            return d;
        }, Runnable::run, 1, w -> {
            w.write(first.toString());
            w.write(second);
            w.write("end");
        });

        assertThat(lengths).containsExactly(PART, PART, 3);
        byte[] secondAlone = DeflatedSheetData.deflate(null, second.getBytes(StandardCharsets.US_ASCII), 0, PART, false);
        assertThat(secondAlone.length).as("the second part alone").isGreaterThan(period / 2);
        assertThat(compressed.get(1)).as("the second part, referring back to the first")
                .isLessThan(secondAlone.length - period / 2); // the first 16 KiB are not written out again
        assertThat(inflate(written.deflated())).isEqualTo((first + second + "end").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptySheetIsAnEmptyStream() throws Exception {
        Written written = write(w -> {});

        assertThat(written.deflated()).isEmpty();
        assertThat(written.length()).isZero();
        assertThat(written.crc()).isZero();
        assertThat(inflate(written.deflated())).isEmpty();
        assertThat(written.closed()).isTrue();
    }

    @Test
    void aTextOfExactlyOnePartIsOnePart() throws Exception {
        List<Integer> lengths = Collections.synchronizedList(new ArrayList<>());
        String text = "x".repeat(PART);
        Written written = write((dictionary, t, length) -> {
            lengths.add(length);
            return DeflatedSheetData.deflatePart(dictionary, t, length);
        }, ForkJoinPool.commonPool(), 2, w -> w.write(text));

        assertThat(lengths).containsExactly(PART);
        assertThat(inflate(written.deflated())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void multiByteCharactersSplitAcrossAPartBoundary() throws Exception {
        // each of these leaves 1, 2 or 3 of its bytes before the cut
        for (String wide : List.of("é", "€", "\uD83D\uDE00")) {
            int bytes = wide.getBytes(StandardCharsets.UTF_8).length;
            for (int cut = 1; cut < bytes; cut++) {
                int before = cut;
                String text = "a".repeat(PART - before) + wide + "b";
                List<byte[]> parts = Collections.synchronizedList(new ArrayList<>());
                Written written = write((dictionary, t, length) -> {
                    parts.add(java.util.Arrays.copyOf(t, length));
                    return DeflatedSheetData.deflatePart(dictionary, t, length);
                }, Runnable::run, 1, w -> {
                    w.write(text.substring(0, PART - before));
                    for (char c : wide.toCharArray()) {
                        w.write(c); // a surrogate pair arrives in two calls
                    }
                    w.write("b");
                });

                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                assertThat(parts).hasSize(2);
                assertThat(parts.get(0)).hasSize(PART);
                assertThat(parts.get(1)).hasSize(bytes - before + 1);
                assertThat(inflate(written.deflated())).as("%s with %d bytes before the cut", wide, before).isEqualTo(utf8);
                assertThat(written.crc()).isEqualTo(crc(utf8));
            }
        }
    }

    @Test
    void encodesAsOutputStreamWriterDoesLoneSurrogatesIncluded() throws Exception {
        List<List<String>> calls = List.of(
                List.of("plain", " café \u00A0 東京"),
                List.of("emoji \uD83D\uDE00 whole"),
                List.of("split \uD83D", "\uDE00 across two writes"),
                List.of("lone high \uD800 then text", " and lone low \uDC00."),
                List.of("high then high \uD800\uD801\uDC37"),
                List.of("ends on a high \uD83D"),
                List.of("\uDE00 starts on a low"),
                List.of("\uFFFE \uFFFF \uFFFD \u07FF \u0800 \u0080 \u007F"));
        for (List<String> writes : calls) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (Writer poi = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
                for (String s : writes) {
                    poi.write(s);
                }
            }
            Written written = write(w -> {
                for (String s : writes) {
                    w.write(s);
                }
            });
            assertThat(inflate(written.deflated())).as("%s", writes).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void theSameTextGivesTheSameBytesWhateverTheThreads() throws Exception {
        String text = rows(30_000, 3);
        Written reference = write(DeflatedSheetData::deflatePart, Runnable::run, 1, w -> w.write(text));
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            Random delays = new Random(4);
            for (int run = 0; run < 3; run++) {
                Written common = write(w -> w.write(text));
                Written slow = write((dictionary, t, length) -> {
                    try {
                        Thread.sleep(delays.nextInt(20));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return DeflatedSheetData.deflatePart(dictionary, t, length);
                }, four, 6, w -> {
                    for (int i = 0; i < text.length(); i += 777) {
                        w.write(text, i, Math.min(777, text.length() - i));
                    }
                });
                assertThat(common.deflated()).isEqualTo(reference.deflated());
                assertThat(slow.deflated()).isEqualTo(reference.deflated());
                assertThat(slow.crc()).isEqualTo(reference.crc());
            }
        } finally {
            four.shutdown();
            assertThat(four.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aPartThatFailsToCompressFailsTheWriterNamingTheSheet() throws Exception {
        Sink sink = new Sink();
        DeflatedSheetData data = new DeflatedSheetData(sink, ForkJoinPool.commonPool(), 2, (dictionary, text, length) -> {
            if (dictionary != null) {
                throw new IllegalStateException("no memory for the second part");
            }
            return DeflatedSheetData.deflatePart(dictionary, text, length);
        });
        data.sheet("Updates");

        assertThatThrownBy(() -> {
            String megabyte = "y".repeat(PART);
            for (int i = 0; i < 10; i++) {
                data.write(megabyte);
            }
            data.close();
        }).isInstanceOf(IOException.class)
                .hasMessageContaining("sheet 'Updates'")
                .hasMessageContaining("no memory for the second part")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(data::close).as("closing again says so again").isInstanceOf(IOException.class)
                .hasMessageContaining("sheet 'Updates'");
        assertThatThrownBy(() -> data.write("more")).isInstanceOf(IOException.class).hasMessageContaining("sheet 'Updates'");
        assertThat(sink.closed).as("the temporary file's stream is closed").isTrue();
    }

    @Test
    void nothingMoreAfterClose() throws Exception {
        Sink sink = new Sink();
        DeflatedSheetData data = new DeflatedSheetData(sink);
        data.sheet("People");
        data.write("<row/>");
        data.close();
        data.close();

        assertThatThrownBy(() -> data.write("x")).isInstanceOf(IOException.class).hasMessageContaining("sheet 'People'");
        assertThat(inflate(sink.toByteArray())).isEqualTo("<row/>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void crcsCombineAsTheCrcOfTheWhole() {
        Random random = new Random(5);
        for (int length1 : new int[] {0, 1, 7, 1000, 65_537}) {
            for (int length2 : new int[] {0, 1, 3, 4096, 1_000_003}) {
                byte[] first = new byte[length1];
                byte[] second = new byte[length2];
                random.nextBytes(first);
                random.nextBytes(second);
                CRC32 whole = new CRC32();
                whole.update(first);
                whole.update(second);
                assertThat(DeflatedSheetData.crc32Combine(crc(first), crc(second), length2))
                        .as("%d then %d bytes", length1, length2).isEqualTo((int) whole.getValue());
            }
        }
    }
}
