package io.github.rectrack.engine.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.github.rectrack.engine.change.Change;
import io.github.rectrack.engine.spi.Finding;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@link Change} as one line of JSON: an object whose {@code type} names the kind of change, whose
 * {@code stamp} says who recorded it, when and against which version, and whose other fields are the
 * change's own, with the model's values written as in the register's canonical JSON. The journal holds
 * one such object per line; {@code journal-line.schema.json} beside the register's schema describes it.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ChangeJson {

    /** The type names, in the order of {@link Change}'s kinds. */
    public static final List<String> TYPES = List.of("source", "recommendation", "person", "update", "request", "target",
            "extension", "decide", "decision", "evidence", "owner", "action", "action-state", "link", "marking", "correct");

    /** Longest change accepted, in characters; a change is a few hundred. */
    public static final long MAX_CHANGE_CHARS = 16L * 1024 * 1024;

    private final ObjectWriter writer;
    private final ObjectReader reader;

    /** A reader and writer of changes. */
    public ChangeJson() {
        ObjectMapper mapper = CanonicalJson.mapper(MAX_CHANGE_CHARS, 1_000_000L);
        mapper.addMixIn(Change.class, ChangeMixin.class);
        this.writer = mapper.writerFor(Change.class).without(SerializationFeature.INDENT_OUTPUT);
        this.reader = mapper.readerFor(Change.class);
    }

    /**
     * Writes a change as one line of JSON, without the line break.
     *
     * @param change the change
     * @return its JSON, on one line
     */
    public String write(Change change) {
        Objects.requireNonNull(change, "change");
        try {
            return writer.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write change " + change.stamp().id() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a change written by {@link #write(Change)}.
     *
     * @param json the JSON text of one change
     * @param name where it comes from, for the finding (e.g. {@code register.journal.jsonl line 4})
     * @return the change
     * @throws InvalidChangeException if the text is not a change, with a finding located by its JSON path
     */
    public Change read(String json, String name) {
        Objects.requireNonNull(json, "json");
        try {
            Change change = reader.readValue(json);
            if (change == null) {
                throw new InvalidChangeException(Finding.error(name, "null is not a change"));
            }
            return change;
        } catch (InvalidTypeIdException e) {
            throw new InvalidChangeException(Finding.error(name + ": type", "unknown change type '" + e.getTypeId()
                    + "'; the types are " + String.join(", ", TYPES)));
        } catch (JsonProcessingException e) {
            Finding finding = RegisterJson.toFinding(e, null, name);
            throw new InvalidChangeException(Finding.error(finding.location().startsWith(name) ? finding.location()
                    : name + ": " + finding.location(), finding.message()));
        }
    }

    /** A text that is not a change; the finding says where and why. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class InvalidChangeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        /** @param finding where and why */
        public InvalidChangeException(Finding finding) {
            super(finding.toString());
            this.finding = finding;
        }

        /** @return where and why */
        public Finding finding() {
            return finding;
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Change.AddSource.class, name = "source"),
        @JsonSubTypes.Type(value = Change.AddRecommendation.class, name = "recommendation"),
        @JsonSubTypes.Type(value = Change.AddPerson.class, name = "person"),
        @JsonSubTypes.Type(value = Change.AddUpdate.class, name = "update"),
        @JsonSubTypes.Type(value = Change.RequestUpdate.class, name = "request"),
        @JsonSubTypes.Type(value = Change.ReviseTarget.class, name = "target"),
        @JsonSubTypes.Type(value = Change.RequestExtension.class, name = "extension"),
        @JsonSubTypes.Type(value = Change.DecideExtension.class, name = "decide"),
        @JsonSubTypes.Type(value = Change.RecordDecision.class, name = "decision"),
        @JsonSubTypes.Type(value = Change.AddEvidence.class, name = "evidence"),
        @JsonSubTypes.Type(value = Change.HandOver.class, name = "owner"),
        @JsonSubTypes.Type(value = Change.AddAction.class, name = "action"),
        @JsonSubTypes.Type(value = Change.SetActionState.class, name = "action-state"),
        @JsonSubTypes.Type(value = Change.AddLink.class, name = "link"),
        @JsonSubTypes.Type(value = Change.SetMarking.class, name = "marking"),
        @JsonSubTypes.Type(value = Change.CorrectField.class, name = "correct")
    })
    private abstract static class ChangeMixin {}
}
