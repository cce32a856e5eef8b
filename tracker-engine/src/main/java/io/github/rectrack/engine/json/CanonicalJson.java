package io.github.rectrack.engine.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.TargetDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jackson set-up behind the canonical JSON format: ISO-8601 dates, partial dates as reduced-precision
 * ISO strings, target dates as objects, empty lists and absent values left out, strict about unknown
 * fields, and bounded against hostile input.
 */
final class CanonicalJson {

    /** Deepest nesting accepted; a register is about eight levels deep. */
    static final int MAX_NESTING_DEPTH = 64;

    /** Longest string accepted, in characters. */
    static final int MAX_STRING_LENGTH = 1_000_000;

    /** Longest number accepted, in characters; the format has no numbers, so any is out of place. */
    static final int MAX_NUMBER_LENGTH = 30;

    private CanonicalJson() {}

    /**
     * The mapper.
     *
     * @param maxDocumentLength the most bytes (or characters, for text input) in one document
     * @param maxTokenCount the most tokens (names, values, brackets) in one document
     */
    static ObjectMapper mapper(long maxDocumentLength, long maxTokenCount) {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(modelModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // a number or true/false where text is expected is a mistake, not text
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxDocumentLength)
                .maxTokenCount(maxTokenCount)
                .build());
        // a number is not a day (Jackson would read it as days since 1970)
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        // a null list or map is an empty one; a null inside one is an error, not a hole
        mapper.configOverride(List.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
        mapper.configOverride(Map.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        mapper.setDefaultPrettyPrinter(printer);
        return mapper;
    }

    private static SimpleModule modelModule() {
        SimpleModule module = new SimpleModule("tracker-model");
        module.addSerializer(PartialDate.class, new PartialDateSerializer());
        module.addDeserializer(PartialDate.class, new PartialDateDeserializer());
        module.addSerializer(TargetDate.class, new TargetDateSerializer());
        module.addDeserializer(TargetDate.class, new TargetDateDeserializer());
        module.addDeserializer(Recommendation.Kind.class, new ItemKindDeserializer());
        module.addDeserializer(String.class, new SharingStringDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return type.hasRawClass(Optional.class) ? new SharingOptionalDeserializer(deserializer) : deserializer;
            }
        });
        module.setMixInAnnotation(Recommendation.class, RecommendationMixIn.class);
        return module;
    }

    /** Leaves a recommendation's kind out when it is the default, so registers without kinds stay as they were. */
    private abstract static class RecommendationMixIn {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultItemKind.class)
        abstract Recommendation.Kind kind();
    }

    /** A value filter: true (leave out) for {@link Recommendation.Kind#RECOMMENDATION}. */
    static final class DefaultItemKind {
        @Override
        public boolean equals(Object value) {
            return value == Recommendation.Kind.RECOMMENDATION;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /**
     * Reads a recommendation's kind by its name; a kind left out is {@link Recommendation.Kind#RECOMMENDATION},
     * and null is refused.
     */
    private static final class ItemKindDeserializer extends JsonDeserializer<Recommendation.Kind> {
        @Override
        public Recommendation.Kind deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Recommendation.Kind) ctxt.handleUnexpectedToken(Recommendation.Kind.class, p);
            }
            String text = p.getText();
            for (Recommendation.Kind kind : Recommendation.Kind.values()) {
                if (kind.name().equals(text)) {
                    return kind;
                }
            }
            return (Recommendation.Kind) ctxt.reportInputMismatch(Recommendation.Kind.class,
                    "'%s' is not a kind of item: expected one of %s (left out, %s)", text, List.of(Recommendation.Kind.values()),
                    Recommendation.Kind.RECOMMENDATION);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Recommendation.Kind.RECOMMENDATION;
        }

        @Override
        public Recommendation.Kind getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return (Recommendation.Kind) ctxt.reportInputMismatch(Recommendation.Kind.class,
                    "a kind of item cannot be null: leave it out for %s", Recommendation.Kind.RECOMMENDATION);
        }
    }

    /**
     * Reads text as Jackson does, sharing each short text with the read's {@link SharedText} when it has one; a token
     * that is not a string goes to Jackson's own handling (and its coercion rules) unchanged.
     */
    private static final class SharingStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                SharedText shared = SharedText.of(ctxt);
                if (shared != null) {
                    return shared.text(p);
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /**
     * Reads an optional value as Jackson does, then gives the read's {@link SharedText} the chance to hand back an
     * equal optional it has already made (for a short text, a date, a number or a constant).
     */
    private static final class SharingOptionalDeserializer extends DelegatingDeserializer {
        SharingOptionalDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SharingOptionalDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object read = super.deserialize(p, ctxt);
            SharedText shared = SharedText.of(ctxt);
            return shared != null && read instanceof Optional<?> optional ? shared.optional(optional) : read;
        }
    }

    private static final class PartialDateSerializer extends JsonSerializer<PartialDate> {
        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class PartialDateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (PartialDate) ctxt.handleUnexpectedToken(PartialDate.class, p);
            }
            SharedText shared = SharedText.of(ctxt);
            String text = shared == null ? p.getText() : shared.text(p);
            try {
                return shared == null ? PartialDate.parse(text) : shared.partialDate(text, PartialDate::parse);
            } catch (IllegalArgumentException e) {
                return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, text,
                        "expected a date written yyyy, yyyy-MM or yyyy-MM-dd");
            }
        }
    }

    /** Writes {@code {"text", "kind", "from", "deadline"}}, leaving out what is absent. */
    private static final class TargetDateSerializer extends JsonSerializer<TargetDate> {
        @Override
        public void serialize(TargetDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("text", value.text());
            gen.writeStringField("kind", value.kind().name());
            if (value.from().isPresent()) {
                gen.writeStringField("from", value.from().get().toString());
            }
            if (value.deadline().isPresent()) {
                gen.writeStringField("deadline", value.deadline().get().toString());
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a target date: either a string, or an object with {@code text} alone (both parsed with
     * {@link TargetDate#parse(String)}), or an object with {@code text}, {@code kind} and the dates as
     * the canonical writer gives them (taken as stored, so a later change to the parser never changes a
     * stored deadline).
     */
    private static final class TargetDateDeserializer extends JsonDeserializer<TargetDate> {
        @Override
        public TargetDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            SharedText shared = SharedText.of(ctxt);
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                TargetDate parsed = TargetDate.parse(p.getText());
                return shared == null ? parsed : shared.target(parsed);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (TargetDate) ctxt.handleUnexpectedToken(TargetDate.class, p);
            }
            // read field by field, without building a tree of the object (a large register has one per target)
            String text = null;
            boolean textIsString = false;
            String kind = null;
            String from = null;
            String deadline = null;
            for (JsonToken token = p.nextToken(); token != JsonToken.END_OBJECT; token = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String scalar = value.isStructStart() ? skip(p)
                        : shared != null && value == JsonToken.VALUE_STRING ? shared.text(p) : p.getText();
                switch (name) {
                    case "text" -> {
                        text = scalar;
                        textIsString = value == JsonToken.VALUE_STRING;
                    }
                    case "kind" -> kind = scalar;
                    case "from" -> from = value == JsonToken.VALUE_NULL ? null : scalar;
                    case "deadline" -> deadline = value == JsonToken.VALUE_NULL ? null : scalar;
                    default -> {
                        return (TargetDate) ctxt.reportInputMismatch(TargetDate.class,
                                "unknown field '%s' in a target date: expected text, kind, from, deadline", name);
                    }
                }
            }
            if (text == null || !textIsString) {
                return (TargetDate) ctxt.reportInputMismatch(TargetDate.class, "a target date needs its 'text' as a string");
            }
            if (kind == null) {
                TargetDate parsed = TargetDate.parse(text);
                return shared == null ? parsed : shared.target(parsed);
            }
            TargetDate.Kind parsedKind;
            try {
                parsedKind = TargetDate.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                return (TargetDate) ctxt.reportInputMismatch(TargetDate.class,
                        "'%s' is not a target kind: expected one of %s", kind, List.of(TargetDate.Kind.values()));
            }
            try {
                TargetDate read = new TargetDate(text, parsedKind, day(from, "from", shared), day(deadline, "deadline", shared));
                return shared == null ? read : shared.target(read);
            } catch (IllegalArgumentException e) {
                return (TargetDate) ctxt.reportInputMismatch(TargetDate.class, "%s", e.getMessage());
            }
        }

        /** Skips an object or list given where a value belongs; as text it is empty, as a tree's would be. */
        private static String skip(JsonParser p) throws IOException {
            p.skipChildren();
            return "";
        }

        private static Optional<LocalDate> day(String value, String field, SharedText shared) {
            if (value == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(shared == null ? LocalDate.parse(value) : shared.day(value, LocalDate::parse));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + field + "' must be a date written yyyy-MM-dd, not '" + value + "'", e);
            }
        }
    }
}
