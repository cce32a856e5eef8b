package io.github.rectrack.forms;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.rectrack.engine.round.Answer;
import io.github.rectrack.engine.round.UpdateRound;
import io.github.rectrack.engine.spi.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;

/**
 * One Excel form per owner for an update round, and the reading of a form returned.
 *
 * <p>The sheet {@value #SHEET} lists the owner's recommendations, one a row from row {@value #FIRST_ROW}:
 * columns A to H say what the recommendation is and where it stands (reference, report, recommendation,
 * target, days overdue, last update's date and text, how often an update was asked for); columns I to Q
 * are the answer cells (the update, achieved, left to complete, barriers, percent complete, propose
 * closure, extension wanted to, why, evidence), the only cells left unlocked. A very hidden sheet
 * {@value #KEY_SHEET} keeps the register, the round, the owner and the text of every cell A to H as sent,
 * so a returned form is matched to its round and any edit outside the answer cells is named.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class OwnerForms {

    /** The sheet the owner fills. */
    public static final String SHEET = "Update";

    /** The very hidden sheet that says what the form was when sent. */
    public static final String KEY_SHEET = "tracker-form";

    /** The first row of recommendations, counting from 1 as Excel does. */
    public static final int FIRST_ROW = 6;

    /** The form's format, written in its key sheet. */
    public static final String FORMAT = "rectrack-owner-form/1";

    /** The media type of the form. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Largest returned form read; a form is tens of kilobytes. */
    public static final long MAX_FORM_BYTES = 20L * 1024 * 1024;

    static final List<String> FIXED = List.of("Ref", "Report", "Recommendation", "Current target", "Days overdue",
            "Last update (date)", "Last update", "Update requests");
    static final List<String> ANSWERS = List.of("Your update", "Achieved", "Left to complete", "Barriers", "% complete",
            "Propose closure? (Yes/No)", "Extension wanted to", "Why more time is needed", "Evidence sent");
    private static final List<String> ANSWER_FIELDS = List.of("update", "achieved", "leftToComplete", "barriers", "percentComplete",
            "proposeClosure", "extensionTo", "extensionReason", "evidence");
    private static final int HEADER_ROW = FIRST_ROW - 1;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private OwnerForms() {}

    /**
     * The file name of an owner's form: {@code update-<owner id>.xlsx}.
     *
     * @param owner the owner
     * @return the name
     */
    public static String fileName(UpdateRound.Owner owner) {
        return "update-" + owner.person().id().replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx";
    }

    /**
     * Writes an owner's form.
     *
     * @param round the round
     * @param owner one of its owners
     * @param out where to write the .xlsx; not closed
     * @throws IOException if it cannot be written
     */
    public static void write(UpdateRound round, UpdateRound.Owner owner, OutputStream out) throws IOException {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(owner, "owner");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            text(sheet, 0, 0, "Update requested" + round.replyBy().map(d -> ": please reply by " + DAY.format(d)).orElse(""), styles.title);
            text(sheet, 1, 0, round.organisation() + " – recommendations owned by " + owner.person().name()
                    + owner.person().role().filter(r -> !r.equals(owner.person().name())).map(r -> " (" + r + ")").orElse("")
                    + ", as of " + DAY.format(round.asOf()), styles.plain);
            text(sheet, 2, 0, "Fill in the shaded columns I to Q for each recommendation and return this file. Leave a row's answer"
                    + " cells empty to say nothing this time. Do not change columns A to H: a form changed there is sent back.", styles.plain);
            text(sheet, 3, 0, "Propose closure only when the work is done and the evidence is sent; ask for an extension with the"
                    + " new target and the reason.", styles.plain);
            Row header = sheet.createRow(HEADER_ROW - 1);
            for (int c = 0; c < FIXED.size() + ANSWERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(c < FIXED.size() ? FIXED.get(c) : ANSWERS.get(c - FIXED.size()));
                cell.setCellStyle(c < FIXED.size() ? styles.header : styles.answerHeader);
            }
            XSSFSheet key = workbook.createSheet(KEY_SHEET);
            keyRow(key, 0, "format", FORMAT);
            keyRow(key, 1, "register", round.registerId());
            keyRow(key, 2, "round", round.id());
            keyRow(key, 3, "owner", owner.person().id());
            keyRow(key, 4, "asOf", round.asOf().toString());
            keyRow(key, 5, "rows", String.valueOf(owner.rows().size()));
            for (int i = 0; i < owner.rows().size(); i++) {
                UpdateRound.Row item = owner.rows().get(i);
                List<String> fixed = fixedCells(item);
                Row row = sheet.createRow(FIRST_ROW - 1 + i);
                for (int c = 0; c < fixed.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == 4) {
                        cell.setCellValue(item.daysOverdue());
                    } else {
                        cell.setCellValue(fixed.get(c));
                    }
                    cell.setCellStyle(styles.fixed);
                }
                for (int c = 0; c < ANSWERS.size(); c++) {
                    row.createCell(FIXED.size() + c).setCellStyle(c == 4 ? styles.answerNumber : styles.answer);
                }
                Row keyed = key.createRow(10 + i);
                keyed.createCell(0).setCellValue(item.recommendationId());
                for (int c = 0; c < fixed.size(); c++) {
                    keyed.createCell(1 + c).setCellValue(fixed.get(c));
                }
            }
            int last = FIRST_ROW - 1 + Math.max(owner.rows().size(), 1) - 1;
            validations(sheet, last);
            int[] widths = {8, 22, 48, 20, 9, 12, 48, 24, 48, 30, 30, 30, 10, 14, 18, 30, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(1, HEADER_ROW);
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            workbook.setSheetVisibility(workbook.getSheetIndex(KEY_SHEET), SheetVisibility.VERY_HIDDEN);
            workbook.getProperties().getCoreProperties().setTitle("Update requested: " + round.organisation());
            workbook.getProperties().getCoreProperties().setCreator("tracker");
            workbook.write(out);
        }
    }

    /**
     * An owner's form as bytes.
     *
     * @param round the round
     * @param owner one of its owners
     * @return the .xlsx
     */
    public static byte[] bytes(UpdateRound round, UpdateRound.Owner owner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(round, owner, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A form as returned.
     *
     * @param name the file's name, for findings
     * @param registerId the register it was sent for
     * @param roundId the round it belongs to
     * @param ownerId the owner it was sent to
     * @param asOf the round's day
     * @param answers the rows the owner answered (rows left empty are left out)
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Returned(String name, String registerId, String roundId, String ownerId, LocalDate asOf, List<Answered> answers) {
        /**
         * Checks for nulls and copies the list.
         *
         * @param name the file's name, for findings
         * @param registerId the register it was sent for
         * @param roundId the round it belongs to
         * @param ownerId the owner it was sent to
         * @param asOf the round's day
         * @param answers the rows the owner answered (rows left empty are left out)
         */
        public Returned {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(registerId, "registerId");
            Objects.requireNonNull(roundId, "roundId");
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(asOf, "asOf");
            answers = List.copyOf(answers);
        }
    }

    /**
     * One answered row.
     *
     * @param row the row on the sheet, counting from 1 as Excel does
     * @param answer what the owner answered
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Answered(int row, Answer answer) {}

    /** A returned form that cannot be read, or was changed outside its answer cells; the findings name the cells. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static final class RefusedFormException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Finding> findings;

        /** @param findings where and why */
        public RefusedFormException(List<Finding> findings) {
            super(findings.isEmpty() ? "form refused" : findings.get(0).toString());
            this.findings = List.copyOf(findings);
        }

        /** @return where and why */
        public List<Finding> findings() {
            return findings;
        }
    }

    /**
     * Reads a returned form. Refused, with every problem named by its cell, when it is not a form made by
     * {@link #write} (no key sheet), when a cell in columns A to H or a row below the last differs from what
     * was sent, or when an answer cannot be read (a percent that is not a number, a closure answer that is
     * not yes or no, an extension without its reason).
     *
     * @param in the .xlsx, at most {@link #MAX_FORM_BYTES}
     * @param name the file's name, for findings
     * @return the answers
     * @throws RefusedFormException if the form is refused
     */
    public static Returned read(InputStream in, String name) throws RefusedFormException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_FORM_BYTES + 1);
        } catch (IOException e) {
            throw refused(Finding.error(name, "could not read the form: " + e.getMessage()));
        }
        if (bytes.length > MAX_FORM_BYTES) {
            throw refused(Finding.error(name, "the form is larger than " + MAX_FORM_BYTES / (1024 * 1024) + " MiB; a form is tens of"
                    + " kilobytes: is it the right file?"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            return read(workbook, name);
        } catch (IOException | RuntimeException e) {
            throw refused(Finding.error(name, "the file is not an Excel workbook that can be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")"));
        }
    }

    private static Returned read(XSSFWorkbook workbook, String name) throws RefusedFormException {
        Sheet key = workbook.getSheet(KEY_SHEET);
        Sheet sheet = workbook.getSheet(SHEET);
        if (key == null || !FORMAT.equals(keyValue(key, 0))) {
            throw refused(Finding.error(name, "the workbook is not an owner's form made by 'tracker chase' (it has no " + KEY_SHEET
                    + " sheet, or one of another format)"));
        }
        if (sheet == null) {
            throw refused(Finding.error(name, "the form's sheet '" + SHEET + "' is missing: was it renamed?"));
        }
        String registerId = keyValue(key, 1);
        String roundId = keyValue(key, 2);
        String ownerId = keyValue(key, 3);
        LocalDate asOf;
        int rows;
        try {
            asOf = LocalDate.parse(keyValue(key, 4));
            rows = Integer.parseInt(keyValue(key, 5));
        } catch (RuntimeException e) {
            throw refused(Finding.error(name + " sheet " + KEY_SHEET, "the form's key sheet was changed: it cannot be matched to its round"));
        }
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<Finding> findings = new ArrayList<>();
        List<Answered> answered = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Row keyed = key.getRow(10 + i);
            Row row = sheet.getRow(FIRST_ROW - 1 + i);
            String recommendationId = keyed == null ? "" : formatter.formatCellValue(keyed.getCell(0));
            for (int c = 0; c < FIXED.size(); c++) {
                String sent = keyed == null ? "" : formatter.formatCellValue(keyed.getCell(1 + c));
                String now = row == null ? "" : formatter.formatCellValue(row.getCell(c));
                if (!sent.equals(now)) {
                    findings.add(Finding.error(at(name, FIRST_ROW + i, c), "the cell was changed (column '" + FIXED.get(c) + "'): it read '"
                            + abbreviate(sent) + "' when the form was sent and reads '" + abbreviate(now)
                            + "' now; only the answer columns I to Q may be filled in. Put it back and return the form again"));
                }
            }
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            List<Finding> rowFindings = new ArrayList<>();
            for (int c = 0; c < ANSWERS.size(); c++) {
                Cell cell = row.getCell(FIXED.size() + c);
                cells.add(answerText(cell, formatter));
            }
            Optional<Integer> percent = percent(cells.get(4), at(name, FIRST_ROW + i, FIXED.size() + 4), rowFindings);
            Optional<Boolean> close = yesNo(cells.get(5), at(name, FIRST_ROW + i, FIXED.size() + 5), rowFindings);
            if (!rowFindings.isEmpty()) {
                findings.addAll(rowFindings);
                continue;
            }
            Answer answer = new Answer(recommendationId, opt(cells.get(0)), opt(cells.get(1)), opt(cells.get(2)), opt(cells.get(3)), percent,
                    close.orElse(false), opt(cells.get(6)), opt(cells.get(7)), opt(cells.get(8)));
            for (Answer.Problem problem : answer.problems()) {
                findings.add(Finding.error(at(name, FIRST_ROW + i, FIXED.size() + ANSWER_FIELDS.indexOf(problem.field())), problem.message()));
            }
            if (!answer.isEmpty() && answer.problems().isEmpty()) {
                answered.add(new Answered(FIRST_ROW + i, answer));
            }
        }
        for (int r = FIRST_ROW - 1 + rows; r <= sheet.getLastRowNum(); r++) {
            Row extra = sheet.getRow(r);
            if (extra == null) {
                continue;
            }
            for (Cell cell : extra) {
                if (!formatter.formatCellValue(cell).isBlank()) {
                    findings.add(Finding.error(at(name, r + 1, cell.getColumnIndex()), "row " + (r + 1) + " is not one of the form's rows (it"
                            + " lists " + rows + " recommendation" + (rows == 1 ? "" : "s") + "): a recommendation cannot be added on a form"));
                    break;
                }
            }
        }
        if (!findings.isEmpty()) {
            throw new RefusedFormException(findings);
        }
        return new Returned(name, registerId, roundId, ownerId, asOf, answered);
    }

    // --- writing helpers

    static List<String> fixedCells(UpdateRound.Row item) {
        return List.of(cell(item.reference()), cell(item.sourceTitle()),
                cell(item.title().isBlank() ? item.text() : item.title() + ": " + item.text()), cell(item.target().orElse("")),
                String.valueOf(item.daysOverdue()), item.lastUpdate().map(Object::toString).orElse(""), cell(item.lastUpdateText().orElse("")),
                item.requests().inWords().orElse(""));
    }

    /** A cell holds at most 32,767 characters; longer text is cut, the same way in the sheet and its key. */
    private static String cell(String text) {
        return text.length() <= 32_000 ? text : text.substring(0, 31_999) + "…";
    }

    private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void keyRow(Sheet key, int row, String name, String value) {
        Row r = key.createRow(row);
        r.createCell(0).setCellValue(name);
        r.createCell(1).setCellValue(value);
    }

    private static void validations(XSSFSheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint yesNo = helper.createExplicitListConstraint(new String[] {"Yes", "No"});
        DataValidation closure = helper.createValidation(yesNo, new CellRangeAddressList(FIRST_ROW - 1, lastRow, 13, 13));
        closure.setShowErrorBox(true);
        sheet.addValidationData(closure);
        DataValidationConstraint percent = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
        DataValidation percentValidation = helper.createValidation(percent, new CellRangeAddressList(FIRST_ROW - 1, lastRow, 12, 12));
        percentValidation.setShowErrorBox(true);
        percentValidation.createErrorBox("Percent complete", "Write a whole number from 0 to 100.");
        sheet.addValidationData(percentValidation);
    }

    // --- reading helpers

    private static String keyValue(Sheet key, int row) {
        Row r = key.getRow(row);
        if (r == null || r.getCell(1) == null) {
            return "";
        }
        return new DataFormatter(Locale.UK).formatCellValue(r.getCell(1));
    }

    private static String answerText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DAY.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static Optional<Integer> percent(String text, String at, List<Finding> findings) {
        String value = text.replace("%", "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            double number = Double.parseDouble(value);
            if (text.contains("%") || number > 1 || number == 0) {
                return Optional.of((int) Math.round(number));
            }
            return Optional.of((int) Math.round(number * 100)); // a cell formatted as a percentage holds 0.8 for 80%
        } catch (NumberFormatException e) {
            findings.add(Finding.error(at, "'" + text + "' is not a percent: write a whole number from 0 to 100"));
            return Optional.empty();
        }
    }

    private static Optional<Boolean> yesNo(String text, String at, List<Finding> findings) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("no") || value.equals("n")) {
            return Optional.of(false);
        }
        if (value.equals("yes") || value.equals("y")) {
            return Optional.of(true);
        }
        findings.add(Finding.error(at, "'" + text + "' is not Yes or No"));
        return Optional.empty();
    }

    private static Optional<String> opt(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static String at(String name, int row, int column) {
        return name + " sheet " + SHEET + " cell " + new CellAddress(row - 1, column).formatAsString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static RefusedFormException refused(Finding finding) {
        return new RefusedFormException(List.of(finding));
    }

    /** The form's cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle answerHeader;
        final CellStyle fixed;
        final CellStyle answer;
        final CellStyle answerNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            plain = workbook.createCellStyle();
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            answerHeader = workbook.createCellStyle();
            answerHeader.cloneStyleFrom(header);
            answerHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fixed = workbook.createCellStyle();
            fixed.setWrapText(true);
            fixed.setLocked(true);
            answer = workbook.createCellStyle();
            answer.setWrapText(true);
            answer.setLocked(false);
            answer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            answerNumber = workbook.createCellStyle();
            answerNumber.cloneStyleFrom(answer);
        }
    }
}
