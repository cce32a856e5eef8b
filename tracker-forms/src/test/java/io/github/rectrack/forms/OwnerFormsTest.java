package io.github.rectrack.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.engine.evaluation.StatusEngine;
import io.github.rectrack.engine.reference.ReferenceRegister;
import io.github.rectrack.engine.round.Answer;
import io.github.rectrack.engine.round.UpdateRound;
import io.github.rectrack.engine.spi.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An owner's form for the 2020 JARAP register as of 15 November 2020: written, filled in, returned, checked. */
class OwnerFormsTest {

    static final UpdateRound ROUND = UpdateRound.of(new StatusEngine().evaluate(ReferenceRegister.LEICESTERSHIRE_2020.load(),
            LocalDate.of(2020, 11, 15)), 0, Optional.of(LocalDate.of(2020, 11, 29)));
    static final UpdateRound.Owner FINANCE = ROUND.owners().stream().filter(o -> o.person().id().equals("aco-finance")).findFirst()
            .orElseThrow();

    static byte[] filled(Consumer<Sheet> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(OwnerForms.bytes(ROUND, FINANCE)))) {
            edit.accept(workbook.getSheet(OwnerForms.SHEET));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void set(Sheet sheet, String address, Object value) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        var cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    @Test
    void theFormListsTheOwnersOutstandingRecommendationsAndHidesItsKey() throws IOException {
        assertThat(ROUND.id()).isEqualTo("leicestershire-jarap-2020-10/2020-11-15/0");
        assertThat(FINANCE.rows()).extracting(UpdateRound.Row::recommendationId).contains("code-of-governance-2018-4.1");
        UpdateRound.Row governance = FINANCE.rows().stream().filter(r -> r.recommendationId().equals("code-of-governance-2018-4.1"))
                .findFirst().orElseThrow();
        assertThat(governance.daysOverdue()).isEqualTo(15);
        assertThat(governance.target()).contains("revised target date end of October 2020");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(OwnerForms.bytes(ROUND, FINANCE)))) {
            Sheet sheet = workbook.getSheet(OwnerForms.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Update requested: please reply by 29 November 2020");
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("Your update");
            int index = FINANCE.rows().indexOf(governance);
            Row row = sheet.getRow(OwnerForms.FIRST_ROW - 1 + index);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("4.1");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Code of Governance");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("revised target date end of October 2020");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(15);
            assertThat(row.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(row.getCell(8).getCellStyle().getLocked()).isFalse();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(OwnerForms.KEY_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getSheet(OwnerForms.SHEET).getProtect()).isTrue();
        }
    }

    @Test
    void anUnansweredFormHasNoAnswersAndAFilledOneHasEachCellInItsPlace() throws Exception {
        OwnerForms.Returned blank = OwnerForms.read(new ByteArrayInputStream(OwnerForms.bytes(ROUND, FINANCE)), "update-aco-finance.xlsx");
        assertThat(blank.answers()).isEmpty();
        assertThat(blank.roundId()).isEqualTo(ROUND.id());
        assertThat(blank.ownerId()).isEqualTo("aco-finance");
        assertThat(blank.registerId()).isEqualTo("leicestershire-jarap-2020-10");

        int row = OwnerForms.FIRST_ROW + FINANCE.rows().stream().map(UpdateRound.Row::recommendationId).toList()
                .indexOf("code-of-governance-2018-4.1");
        byte[] form = filled(sheet -> {
            set(sheet, "I" + row, "Consultation closed; the code goes to the PCC in December.");
            set(sheet, "J" + row, "Consultation closed");
            set(sheet, "K" + row, "Approval by the PCC");
            set(sheet, "M" + row, 90);
            set(sheet, "N" + row, "No");
            set(sheet, "O" + row, "31 January 2021");
            set(sheet, "P" + row, "The PCC's decision meeting is in January");
        });
        OwnerForms.Returned returned = OwnerForms.read(new ByteArrayInputStream(form), "update-aco-finance.xlsx");
        assertThat(returned.answers()).singleElement().satisfies(a -> {
            assertThat(a.row()).isEqualTo(row);
            assertThat(a.answer()).isEqualTo(new Answer("code-of-governance-2018-4.1",
                    Optional.of("Consultation closed; the code goes to the PCC in December."), Optional.of("Consultation closed"),
                    Optional.of("Approval by the PCC"), Optional.empty(), Optional.of(90), false, Optional.of("31 January 2021"),
                    Optional.of("The PCC's decision meeting is in January"), Optional.empty()));
        });
    }

    @Test
    void aFormEditedOutsideItsAnswerCellsIsRefusedNamingEachCell() throws IOException {
        byte[] form = filled(sheet -> {
            set(sheet, "D6", "31 March 2021");
            set(sheet, "I6", "Done");
            set(sheet, "A" + (OwnerForms.FIRST_ROW + FINANCE.rows().size() + 1), "9.9");
        });
        String original = FINANCE.rows().get(0).target().orElse("");
        assertThatThrownBy(() -> OwnerForms.read(new ByteArrayInputStream(form), "f.xlsx"))
                .isInstanceOfSatisfying(OwnerForms.RefusedFormException.class, e -> assertThat(e.findings()).containsExactly(
                        Finding.error("f.xlsx sheet Update cell D6", "the cell was changed (column 'Current target'): it read '" + original
                                + "' when the form was sent and reads '31 March 2021' now; only the answer columns I to Q may be filled in."
                                + " Put it back and return the form again"),
                        Finding.error("f.xlsx sheet Update cell A" + (OwnerForms.FIRST_ROW + FINANCE.rows().size() + 1), "row "
                                + (OwnerForms.FIRST_ROW + FINANCE.rows().size() + 1) + " is not one of the form's rows (it lists "
                                + FINANCE.rows().size() + " recommendation" + (FINANCE.rows().size() == 1 ? "" : "s")
                                + "): a recommendation cannot be added on a form")));
    }

    @Test
    void answersThatCannotBeReadAreRefusedNamingTheirCells() throws IOException {
        byte[] form = filled(sheet -> {
            set(sheet, "I6", "Nearly there");
            set(sheet, "M6", "most");
            set(sheet, "N6", "Maybe");
        });
        assertThatThrownBy(() -> OwnerForms.read(new ByteArrayInputStream(form), "f.xlsx"))
                .isInstanceOfSatisfying(OwnerForms.RefusedFormException.class, e -> assertThat(e.findings()).containsExactly(
                        Finding.error("f.xlsx sheet Update cell M6", "'most' is not a percent: write a whole number from 0 to 100"),
                        Finding.error("f.xlsx sheet Update cell N6", "'Maybe' is not Yes or No")));
        byte[] extension = filled(sheet -> {
            set(sheet, "I6", "More time");
            set(sheet, "O6", "31 March 2021");
        });
        assertThatThrownBy(() -> OwnerForms.read(new ByteArrayInputStream(extension), "f.xlsx"))
                .isInstanceOfSatisfying(OwnerForms.RefusedFormException.class, e -> assertThat(e.findings()).containsExactly(
                        Finding.error("f.xlsx sheet Update cell P6", "an extension is asked for without a reason: say why more time is needed")));
    }

    @Test
    void aWorkbookThatIsNotAFormIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Update");
            workbook.write(out);
        }
        assertThatThrownBy(() -> OwnerForms.read(new ByteArrayInputStream(out.toByteArray()), "other.xlsx"))
                .isInstanceOfSatisfying(OwnerForms.RefusedFormException.class, e -> assertThat(e.findings().get(0).message())
                        .startsWith("the workbook is not an owner's form made by 'tracker chase'"));
        assertThatThrownBy(() -> OwnerForms.read(new ByteArrayInputStream("id,text\n".getBytes()), "x.xlsx"))
                .isInstanceOfSatisfying(OwnerForms.RefusedFormException.class, e -> assertThat(e.findings().get(0).message())
                        .startsWith("the file is not an Excel workbook that can be read"));
        assertThat(List.of(OwnerForms.fileName(FINANCE))).containsExactly("update-aco-finance.xlsx");
    }
}
