package io.github.rectrack.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.spi.Finding;
import io.github.rectrack.engine.spi.ImportResult;
import io.github.rectrack.engine.status.Status;
import io.github.rectrack.engine.validation.RegisterValidator;
import io.github.rectrack.model.ExtensionRequest;
import io.github.rectrack.model.GovernanceDecision;
import io.github.rectrack.model.Link;
import io.github.rectrack.model.ManagementResponse;
import io.github.rectrack.model.PartialDate;
import io.github.rectrack.model.ProgressUpdate;
import io.github.rectrack.model.Recommendation;
import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import io.github.rectrack.model.TargetRevision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shapes of real trackers kept by other bodies: a panel's rolling action sheet with several dated
 * entries in one cell, an "original vs current target" table, a council's extension-request table; each
 * read with a second-version mapping (fixed values, no priority or reference column), keeping what the sheet
 * says and inventing nothing.
 */
class RealTrackersTest {

    private static ImportResult read(String csv, String mappingYaml) throws IOException {
        ColumnMapping mapping = ColumnMapping.parse(mappingYaml, "mapping.yaml");
        return MappedSpreadsheet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sheet.csv", mapping);
    }

    private static Recommendation rec(Register register, String id) {
        return register.recommendations().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + register.recommendations().map(Recommendation::id).toList()));
    }

    // A panel's rolling action sheet: meeting date, minute no., action no., action, person responsible,
    // target, an update cell of several dated entries, status. No priority, no source column.
    static final String ACTION_SHEET = """
            Joint Audit Risk and Assurance Panel: rolling action sheet
            ,,,,,,,
            Meeting date,Minute No.,Action No.,Action,Person responsible,Target,Update,Status
            12/03/2024,14/24,1,Provide the panel with figures on PDR completion for closure,Head of HR,June 2024,"3/4/24 – consultation under way; 12/05/24 – proposed to close, figures circulated to members",Propose close
            12/03/2024,15/24,2,Circulate the revised seized property policy,EPAC Manager,30/09/2024,"Update May 2024: policy drafted
            04.09.2024 – policy published and circulated",Complete
            24/07/2024,31/24,1,Report on the vetting backlog,Head of PSD,Dec 2024,,In progress
            """;

    static final String ACTION_MAPPING = """
            register: {id: jarap-actions, organisation: Example OPCC and Constabulary}
            sourceKind: COMMITTEE_ACTIONS
            columns:
              sourceTitle: {value: JARAP rolling actions}
              sourceDate: Meeting date
              minute: Minute No.
              reference: Action No.
              text: Action
              owners: Person responsible
              target: Target
              updateText: Update
              status: Status
            values:
              status: {Propose close: PROPOSED_CLOSED, Complete: CLOSED, In progress: none}
            """;

    @Test
    void aRollingActionSheetImportsWithEachDatedEntryAsItsOwnUpdate() throws IOException {
        ImportResult result = read(ACTION_SHEET, ACTION_MAPPING);

        assertThat(result.findings()).noneMatch(Finding::isError);
        Register register = result.register().orElseThrow();
        assertThat(register.sources()).extracting(Source::title).containsExactly("JARAP rolling actions", "JARAP rolling actions");
        assertThat(register.sources()).extracting(s -> s.date().orElseThrow())
                .containsExactly(PartialDate.of(2024, 3, 12), PartialDate.of(2024, 7, 24));
        assertThat(register.scheme().priorities()).endsWith(ColumnMapping.NOT_GRADED);
        assertThat(register.recommendations()).extracting(Recommendation::priority).containsOnly("Not graded");

        Recommendation pdr = register.sources().get(0).recommendations().get(0);
        assertThat(pdr.reference()).isEqualTo("1");
        assertThat(pdr.links()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(Link.Kind.EXTERNAL_REFERENCE);
            assertThat(l.target()).isEqualTo("14/24");
        });
        assertThat(pdr.updates()).extracting(ProgressUpdate::date).containsExactly(PartialDate.of(2024, 4, 3), PartialDate.of(2024, 5, 12));
        assertThat(pdr.updates()).extracting(ProgressUpdate::text)
                .containsExactly("consultation under way", "proposed to close, figures circulated to members");
        assertThat(pdr.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(GovernanceDecision.Kind.PROPOSED_CLOSED);
            assertThat(d.date()).isEqualTo(PartialDate.of(2024, 5, 12)); // the row's latest entry, not the as-of day
            assertThat(d.forum()).isEqualTo("OWNER");
        });
        assertThat(pdr.statedStatus()).contains("Propose close");
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(register).errors()).isEmpty();
        }

        Recommendation policy = register.sources().get(0).recommendations().get(1);
        assertThat(policy.updates()).extracting(ProgressUpdate::date).containsExactly(PartialDate.ofMonth(2024, 5), PartialDate.of(2024, 9, 4));
        assertThat(policy.decisions()).extracting(GovernanceDecision::date).containsExactly(PartialDate.of(2024, 9, 4));

        Recommendation vetting = register.sources().get(1).recommendations().get(0);
        assertThat(vetting.statedStatus()).contains("In progress"); // kept although it records no decision
        assertThat(vetting.decisions()).isEmpty();
        assertThat(vetting.updates()).isEmpty();

        // the as-of day is the sheet's latest date, and the import says so
        assertThat(register.asOf()).contains(LocalDate.of(2024, 9, 4));
        assertThat(result.findings()).extracting(Finding::toString).contains(
                "NOTICE sheet.csv: row 5, column G (Update): the sheet's as-of day is taken to be 2024-09-04, the latest date found in "
                        + "it (2024-09-04); give --as-of DAY or the mapping's register.asOf to set another")
                .noneMatch(f -> f.contains("status decisions of")); // each is dated by its row's entries
    }

    @Test
    void theRegisterTheDayBeforeADatedEntryDiffersFromTheDayAfterAsTheEntrySays() throws IOException {
        Register register = read(ACTION_SHEET, ACTION_MAPPING).register().orElseThrow();
        StatusEngine engine = new StatusEngine();
        String pdr = register.sources().get(0).recommendations().get(0).id();

        assertThat(engine.evaluate(register, LocalDate.of(2024, 5, 11)).state(pdr).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(engine.evaluate(register, LocalDate.of(2024, 5, 12)).state(pdr).orElseThrow().status()).isEqualTo(Status.PROPOSED_CLOSED);
        assertThat(engine.evaluate(register, LocalDate.of(2024, 4, 2)).state(pdr).orElseThrow().status()).isEqualTo(Status.OPEN);
    }

    // An "original vs current target" table with a response column, the force's own RAG, % complete and notes.
    static final String TARGETS_SHEET = """
            Ref,Recommendation,Original target,Current target,Management response,RAG,% complete,Notes
            R1,Dip-sample property records monthly,March 2019,March 2019,"Agreed. Monthly dip sampling by the EPAC Manager",Green,75%,Checked by internal audit
            R2,Review the retention schedule,31/12/2024,Qtr 3 / 4 2025,The force will review the schedule with legal services,Amber,40,
            R3,Publish the policy,TBC,,"Partially agreed: publication depends on the national guidance",,,
            """;

    static final String TARGETS_MAPPING = """
            register: {id: targets, organisation: Example Constabulary, asOf: 2025-03-31}
            columns:
              sourceTitle: {value: Property follow-up audit}
              reference: Ref
              text: Recommendation
              target: Original target
              revisedTarget: Current target
              response: Management response
              rag: RAG
              percentComplete: "% complete"
              notes: Notes
            """;

    @Test
    void nothingIsInventedAndNothingLost() throws IOException {
        ImportResult result = read(TARGETS_SHEET, TARGETS_MAPPING);
        assertThat(result.findings()).noneMatch(Finding::isError);
        Register register = result.register().orElseThrow();
        Recommendation r1 = rec(register, "property-follow-up-audit-R1");
        Recommendation r2 = rec(register, "property-follow-up-audit-R2");
        Recommendation r3 = rec(register, "property-follow-up-audit-R3");

        // "March 2019" then "March 2019" is one target, not a revision
        assertThat(r1.targetHistory()).extracting(t -> t.target().text()).containsExactly("March 2019");
        assertThat(r2.targetHistory()).extracting(t -> t.target().text()).containsExactly("31/12/2024", "Qtr 3 / 4 2025");
        // acceptance only where the response says it
        assertThat(r1.response().orElseThrow().acceptance()).contains(ManagementResponse.Acceptance.ACCEPTED);
        assertThat(r2.response().orElseThrow().acceptance()).isEmpty();
        assertThat(r3.response().orElseThrow().acceptance()).contains(ManagementResponse.Acceptance.PARTLY_ACCEPTED);
        // the force's own colour and percentage are kept; notes are notes, not updates
        assertThat(r1.statedRag()).contains("Green");
        assertThat(r1.notes()).contains("Checked by internal audit");
        assertThat(r1.updates()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("75% complete");
            assertThat(u.percentComplete()).contains(75);
            assertThat(u.date()).isEqualTo(PartialDate.of(2025, 3, 31));
        });
        assertThat(r2.updates()).singleElement().satisfies(u -> assertThat(u.percentComplete()).contains(40));
        assertThat(r3.updates()).isEmpty();
        assertThat(r3.notes()).isEmpty();
        assertThat(register.asOf()).contains(LocalDate.of(2025, 3, 31));
        assertThat(result.findings()).extracting(Finding::toString).contains("NOTICE sheet.csv: 2 entries carry no date in the sheet "
                + "(rows 2, 3); they are dated the sheet's as-of day, 2025-03-31");
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(register).errors()).isEmpty();
        }
    }

    // A council's extension-request table.
    static final String EXTENSIONS_SHEET = """
            No.,Action,Target date,Extension requested to,Reason for extension,Date requested,Decision
            1,Replace the property store racking,30/06/2024,31/12/2024,Supplier delay,15/05/2024,Approved
            2,Train all custody staff,31/03/2024,30/09/2024,Awaiting national guidance,01/03/2024,Refused
            3,Close the legacy case system,31/10/2024,31/01/2025,Staff vacancies,01/10/2024,Pending
            """;

    static final String EXTENSIONS_MAPPING = """
            register: {id: extensions, organisation: Example Council}
            columns:
              sourceTitle: {value: Audit actions}
              reference: No.
              text: Action
              target: Target date
              extensionTarget: Extension requested to
              extensionReason: Reason for extension
              extensionDate: Date requested
              extensionDecision: Decision
            values:
              extensionDecision: {Approved: APPROVED, Refused: REFUSED, Pending: none}
            """;

    @Test
    void extensionRequestsAreKeptAndAnApprovedOneRevisesTheTarget() throws IOException {
        ImportResult result = read(EXTENSIONS_SHEET, EXTENSIONS_MAPPING);
        assertThat(result.findings()).noneMatch(Finding::isError);
        Register register = result.register().orElseThrow();

        Recommendation racking = rec(register, "audit-actions-1");
        assertThat(racking.extensionRequests()).singleElement().satisfies(e -> {
            assertThat(e.requestedOn()).isEqualTo(PartialDate.of(2024, 5, 15));
            assertThat(e.target().deadline()).contains(LocalDate.of(2024, 12, 31));
            assertThat(e.reason()).contains("Supplier delay");
            assertThat(e.decision().orElseThrow().outcome()).isEqualTo(ExtensionRequest.Outcome.APPROVED);
            assertThat(e.decision().orElseThrow().forum()).isEqualTo("PANEL");
        });
        assertThat(racking.targetHistory()).hasSize(2);
        TargetRevision agreed = racking.targetHistory().get(1);
        assertThat(agreed.target().deadline()).contains(LocalDate.of(2024, 12, 31));
        assertThat(agreed.reason()).contains("Supplier delay");
        assertThat(agreed.agreedBy()).contains("PANEL");

        Recommendation training = rec(register, "audit-actions-2");
        assertThat(training.extensionRequests()).singleElement()
                .satisfies(e -> assertThat(e.decision().orElseThrow().outcome()).isEqualTo(ExtensionRequest.Outcome.REFUSED));
        assertThat(training.targetHistory()).hasSize(1); // a refused request moves no target

        Recommendation legacy = rec(register, "audit-actions-3");
        assertThat(legacy.extensionRequests()).singleElement().satisfies(e -> assertThat(e.decision()).isEmpty());
        assertThat(legacy.targetHistory()).hasSize(1);
        assertThat(register.asOf()).contains(LocalDate.of(2024, 10, 1));
        try (RegisterValidator validator = new RegisterValidator()) {
            assertThat(validator.validate(register).errors()).isEmpty();
        }
    }

    // A fire and rescue service's AFI closure list: the status's own date in "Date Closed".
    static final String CLOSURE_LIST = """
            Service Improvement Plan - AFI closure list
            AFI No.,Description,Owner,Target Completion Date,Status,Evidence / Comments,Date Closed
            1,Improve the quality of prevention activity data,Head of Prevention,31 March 2024,Closed - evidence provided,"Dashboard live; audit sample of 50 records",12/04/2024
            2,Ensure protection staff are trained to a competent level,Head of Protection,30/09/2024,Complete - awaiting sign off,"01/10/2024 - training records sent to the board",
            3,Review on-call availability,Area Manager Response,Q4 2024/25,Open,,
            """;

    static final String CLOSURE_MAPPING = """
            register: {id: afi, organisation: Example Fire and Rescue Service, asOf: 2024-12-31}
            sourceKind: INSPECTION
            columns:
              sourceTitle: {value: Service Improvement Plan}
              reference: AFI No.
              text: Description
              owners: Owner
              target: Target Completion Date
              status: Status
              updateText: Evidence / Comments
              statusDate: Date Closed
            values:
              status: {Closed - evidence provided: CLOSED, Complete - awaiting sign off: PROPOSED_CLOSED, Open: none}
            """;

    @Test
    void aClosureDateColumnDatesTheStatusDecision() throws IOException {
        ImportResult result = read(CLOSURE_LIST, CLOSURE_MAPPING);
        assertThat(result.findings()).noneMatch(Finding::isError);
        Register register = result.register().orElseThrow();

        Recommendation data = rec(register, "service-improvement-plan-1");
        assertThat(data.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(GovernanceDecision.Kind.CLOSED);
            assertThat(d.date()).isEqualTo(PartialDate.of(2024, 4, 12));
        });
        // "Dashboard live; audit sample …" has no date: it is dated the as-of day, not split at the ";"
        assertThat(data.updates()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Dashboard live; audit sample of 50 records");
            assertThat(u.date()).isEqualTo(PartialDate.of(2024, 12, 31));
        });
        Recommendation training = rec(register, "service-improvement-plan-2");
        assertThat(training.decisions()).extracting(GovernanceDecision::date).containsExactly(PartialDate.of(2024, 10, 1));
        assertThat(rec(register, "service-improvement-plan-3").decisions()).isEmpty();
    }

    // An inspectorate's areas for improvement with the force's RAG, dated entries and % complete.
    static final String AFI_SHEET = """
            HMICFRS PEEL 2023 - Areas for Improvement tracker,,,,,,
            "Position as at 31 January 2025",,,,,,
            ,,,,,,
            Ref,Area for Improvement,Lead,Due Date,RAG Status,Progress Update,% Complete
            AFI 1,The force should improve how it records equality data when using stop and search,Supt Neighbourhoods,31/03/2024,Green,"12/01/2024 - new app field live
            04.06.2024 - dip sample shows 92% recorded",100%
            AFI 2,The force should make sure it understands the demand on its investigators,Head of Crime,Sept 2024,Amber,"Update Sept 2024: demand review commissioned; 15/11/24 – review delayed to January",60%
            AFI 3,The force should ensure supervisors review crime allocation,D/Supt Crime,TBC,Blue,,
            """;

    @Test
    void aSuggestedMappingWithOnlyTheOrganisationWrittenImportsAnInspectionList() throws IOException {
        MappingSuggester.Suggestion suggestion = new MappingSuggester().suggest(
                new ByteArrayInputStream(AFI_SHEET.getBytes(StandardCharsets.UTF_8)), "peel-afis.csv", Optional.empty());
        assertThat(suggestion.yaml()).contains("  text: Area for Improvement ", "  rag: RAG Status ", "  percentComplete: \"% Complete\"",
                "  asOf: 2025-01-31 ", "sourceKind: INSPECTION");
        String reviewed = suggestion.yaml().replace("organisation: \"?\"", "organisation: Example Constabulary");

        ImportResult result = read(AFI_SHEET, reviewed);

        assertThat(result.findings()).noneMatch(Finding::isError);
        Register register = result.register().orElseThrow();
        assertThat(register.asOf()).contains(LocalDate.of(2025, 1, 31));
        Recommendation equality = rec(register, "peel-afis-AFI-1");
        assertThat(equality.statedRag()).contains("Green");
        assertThat(equality.updates()).extracting(ProgressUpdate::date).containsExactly(PartialDate.of(2024, 1, 12), PartialDate.of(2024, 6, 4));
        assertThat(equality.updates().get(1).percentComplete()).contains(100);
        assertThat(rec(register, "peel-afis-AFI-2").updates()).extracting(ProgressUpdate::date)
                .containsExactly(PartialDate.ofMonth(2024, 9), PartialDate.of(2024, 11, 15));
        assertThat(rec(register, "peel-afis-AFI-3").statedRag()).contains("Blue");
    }

    @Test
    void aColumnTheSuggesterCouldNotFindIsRefusedNamingIt() {
        assertThatThrownBy(() -> ColumnMapping.parse("""
                register: {id: r, organisation: Example Constabulary}
                columns: {text: "?"}
                """, "m.yaml"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("columns.text: not decided yet: the suggested mapping could not place this; name the column by "
                        + "its header or {\"letter\": \"E\"}, or remove the field");
    }

    @Test
    void aWordTheSuggesterCouldNotPlaceIsRefusedNamingIt() {
        String mapping = ACTION_MAPPING.replace("In progress: none}", "In progress: none, \"Done?\": \"?\"}")
                .replace("Example OPCC and Constabulary", "\"?\"");
        assertThatThrownBy(() -> ColumnMapping.parse(mapping, "mapping.yaml"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("register.organisation: not decided yet: the suggested mapping could not place this; "
                        + "give the organisation whose register this is")
                .hasMessageContaining("values.status['Done?']: not decided yet: the suggested mapping could not place this; "
                        + "say \"none\" or one of [PROPOSED_CLOSED");
    }

    @Test
    void aSheetWithNothingDatedNeedsAnAsOfDay() throws IOException {
        String csv = """
                Ref,Recommendation,Update
                1,Review the policy,Draft with the legal team
                """;
        String mapping = """
                register: {id: r, organisation: Example Constabulary}
                columns: {reference: Ref, text: Recommendation, updateText: Update}
                """;
        ImportResult undated = read(csv, mapping);
        assertThat(undated.register()).isEmpty();
        assertThat(undated.findings()).extracting(Finding::toString).contains("ERROR sheet.csv: 1 entry carries no date (row 2) "
                + "and nothing in the sheet is dated: give the day the sheet is as of, with --as-of DAY or the mapping's register.asOf");

        ColumnMapping given = ColumnMapping.parse(mapping, "m.yaml").withAsOf(LocalDate.of(2024, 6, 30));
        ImportResult dated = MappedSpreadsheet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "sheet.csv", given);
        assertThat(dated.findings()).noneMatch(Finding::isError);
        Recommendation only = dated.register().orElseThrow().recommendations().findFirst().orElseThrow();
        assertThat(only.updates()).extracting(ProgressUpdate::date).containsExactly(PartialDate.of(2024, 6, 30));
        assertThat(dated.register().orElseThrow().sources()).extracting(Source::title).containsExactly("sheet");
        assertThat(dated.findings()).extracting(Finding::toString).contains("NOTICE sheet.csv: the mapping names no source column or "
                + "value, so every row belongs to one source titled 'sheet'; give columns.sourceTitle {value: ...} to name it");
    }

    @Test
    void aRowCutShortAndABlankStatusAreWarnings() throws IOException {
        String csv = """
                Ref,Audit,Recommendation,Owner,Target,Update,Status
                1,Payroll,Reconcile the payroll monthly,Head of Finance,March 2024,01/02/2024 – first reconciliation done,Open
                2,Payroll,Check starters and leavers,,,,
                """;
        String mapping = """
                register: {id: r, organisation: Example Constabulary}
                columns: {reference: Ref, sourceTitle: Audit, text: Recommendation, owners: Owner, target: Target, updateText: Update,
                          status: Status}
                values: {status: {Open: none}}
                """;
        ImportResult result = read(csv, mapping);
        assertThat(result.findings()).extracting(Finding::toString).contains(
                "WARNING sheet.csv: row 3: only 3 of the 7 mapped cells hold a value: is the row cut short? What it holds is imported",
                "WARNING sheet.csv: row 3, column G (Status): the status is blank: nothing is stated for this row, and its status is "
                        + "worked out from its dated entries alone");
        assertThat(result.register().orElseThrow().recommendations()).hasSize(2);
    }

    @Test
    void aFixedPriorityAlreadyInTheSchemeIsUsedAsItIs() throws IOException {
        String mapping = ACTION_MAPPING.replace("  sourceTitle:", "  priority: {value: Significant}\n  sourceTitle:");
        Register register = read(ACTION_SHEET, mapping).register().orElseThrow();
        assertThat(register.scheme().priorities()).containsExactly("Fundamental", "Significant", "Housekeeping");
        assertThat(register.recommendations()).extracting(Recommendation::priority).containsOnly("Significant");
    }
}
