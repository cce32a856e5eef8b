package io.github.rectrack.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.TargetDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedTextTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Test
    void aTextSeenBeforeIsTheSameObjectThroughTheTablesGrowth() throws IOException {
        // 20,000 distinct texts (the table starts with 4,096 places), each given twice, the second round after all
        List<String> texts = IntStream.range(0, 20_000).mapToObj(i -> "owner " + i).toList();
        List<String> read = readAll(texts, texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(read.get(i)).isEqualTo(texts.get(i));
            assertThat(read.get(texts.size() + i)).isSameAs(read.get(i));
        }
    }

    @Test
    void textsWithEqualHashesAreKeptApart() throws IOException {
        // "Aa" and "BB" have the same String.hashCode, as do their concatenations
        List<String> texts = List.of("AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB", "", "é’😀");
        List<String> read = readAll(texts, texts);
        assertThat(read.subList(0, texts.size())).containsExactlyElementsOf(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(read.get(texts.size() + i)).isSameAs(read.get(i));
        }
    }

    @Test
    void textsMadeToShareOneHashAreReadCorrectlyAndBeyondTheProbeLimitUnshared() throws IOException {
        // every string of 12 blocks each "Aa" or "BB" has the same String.hashCode: 4,096 of them
        List<String> colliding = new ArrayList<>();
        for (int bits = 0; bits < 1 << 12; bits++) {
            StringBuilder text = new StringBuilder();
            for (int b = 0; b < 12; b++) {
                text.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(text.toString());
        }
        assertThat(colliding.stream().map(String::hashCode).distinct()).hasSize(1);
        List<String> read = readAll(colliding, colliding);
        int n = colliding.size();
        assertThat(read.subList(0, n)).containsExactlyElementsOf(colliding);
        assertThat(read.subList(n, 2 * n)).containsExactlyElementsOf(colliding);
        // the first ones found a place and are shared; the rest are read as they come, without walking the others
        for (int i = 0; i < SharedText.MAX_PROBES; i++) {
            assertThat(read.get(n + i)).isSameAs(read.get(i));
        }
        for (int i = SharedText.MAX_PROBES; i < n; i++) {
            assertThat(read.get(n + i)).isNotSameAs(read.get(i));
        }
    }

    @Test
    void aTextLongerThanTheLimitIsReadAfreshEachTime() throws IOException {
        String atLimit = "x".repeat(SharedText.MAX_LENGTH);
        String over = "y".repeat(SharedText.MAX_LENGTH + 1);
        List<String> read = readAll(List.of(atLimit, over), List.of(atLimit, over));
        assertThat(read.get(2)).isSameAs(read.get(0));
        assertThat(read.get(3)).isEqualTo(over).isNotSameAs(read.get(1));
    }

    @Test
    void afterTheMostTextsNewOnesAreReadUnsharedAndKnownOnesStillShared() throws IOException {
        // a few texts may find no place within the probe limit and stay out, so more than the most are read
        int n = SharedText.MAX_TEXTS + 10_000;
        List<String> texts = IntStream.range(0, n).mapToObj(i -> "t" + i).toList();
        List<String> read = readAll(texts, List.of("t0", "t1", "t" + (n - 1)));
        assertThat(read.get(n)).isSameAs(read.get(0));
        assertThat(read.get(n + 1)).isSameAs(read.get(1));
        assertThat(read.get(n + 2)).isEqualTo("t" + (n - 1)).isNotSameAs(read.get(n - 1));
    }

    @Test
    void aDateIsMadeOncePerTextAndAFailedOneIsNotKept() {
        SharedText shared = new SharedText();
        AtomicInteger made = new AtomicInteger();
        PartialDate first = shared.partialDate("2021-03", text -> {
            made.incrementAndGet();
            return PartialDate.parse(text);
        });
        PartialDate second = shared.partialDate("2021-03", text -> {
            made.incrementAndGet();
            return PartialDate.parse(text);
        });
        assertThat(second).isSameAs(first).isEqualTo(PartialDate.ofMonth(2021, 3));
        assertThat(made).hasValue(1);
        assertThat(shared.day("2021-03-31", LocalDate::parse)).isSameAs(shared.day("2021-03-31", LocalDate::parse));
        assertThatThrownBy(() -> shared.partialDate("2021-13", PartialDate::parse)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shared.partialDate("2021-13", PartialDate::parse)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetIsSharedWithTheFirstEqualOneOfItsTextEvenWhenTextsShareAHash() {
        SharedText shared = new SharedText();
        TargetDate march = TargetDate.parse("31 March 2021");
        assertThat(shared.target(TargetDate.parse("31 March 2021"))).isSameAs(shared.target(march)).isEqualTo(march);
        // the same text read as another kind of target: kept as read, not swapped for the first
        TargetDate other = new TargetDate("31 March 2021", TargetDate.Kind.UNRECOGNISED, Optional.empty(), Optional.empty());
        assertThat(shared.target(other)).isSameAs(other);
        // 4,096 texts with one String.hashCode, each target read twice
        List<TargetDate> targets = new ArrayList<>();
        for (int bits = 0; bits < 1 << 12; bits++) {
            StringBuilder text = new StringBuilder();
            for (int b = 0; b < 12; b++) {
                text.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            targets.add(shared.target(TargetDate.parse(text.toString())));
        }
        for (TargetDate target : targets) {
            assertThat(shared.target(TargetDate.parse(target.text()))).isSameAs(target);
        }
    }

    @Test
    void anOptionalOfASmallValueIsSharedAndAnyOtherIsLeftAsItIs() {
        SharedText shared = new SharedText();
        for (Object value : List.of("Head of Finance", PartialDate.ofYear(2021), LocalDate.of(2021, 3, 31),
                PartialDate.Precision.DAY, 75, true)) {
            Optional<?> first = shared.optional(Optional.of(value));
            assertThat(shared.optional(Optional.of(value))).isSameAs(first);
            assertThat(first.orElseThrow()).isEqualTo(value);
        }
        String longText = "z".repeat(SharedText.MAX_LENGTH + 1);
        Optional<String> once = Optional.of(longText);
        shared.optional(once);
        Optional<?> again = shared.optional(Optional.of(longText));
        assertThat(again).isNotSameAs(once);
        assertThat(again.orElseThrow()).isEqualTo(longText);
        Optional<List<String>> other = Optional.of(List.of("a"));
        shared.optional(other);
        assertThat(shared.optional(Optional.of(List.of("a")))).isNotSameAs(other);
        assertThat(shared.optional(Optional.empty())).isEmpty();
    }

    /** Reads a JSON list of the texts then the again-texts through one table. */
    private static List<String> readAll(List<String> texts, List<String> again) throws IOException {
        String json = java.util.stream.Stream.concat(texts.stream(), again.stream())
                .map(t -> "\"" + t + "\"").collect(Collectors.joining(",", "[", "]"));
        SharedText shared = new SharedText();
        List<String> read = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                read.add(shared.text(parser));
            }
        }
        return read;
    }
}
