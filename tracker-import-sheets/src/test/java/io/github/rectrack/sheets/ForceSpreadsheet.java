package io.github.rectrack.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The worked example: a tracker laid out the way a force keeps it in Excel, with content from the
 * Leicestershire JARAP paper of 16 October 2020 (owners as role titles or initials). Title rows merged
 * across the sheet above the header, the force's own column names and order, a RAG column kept by hand,
 * a notes column, dates typed as Excel dates and as text, the force's own status words, a blank row and a
 * row that only adds an update to the recommendation above.
 *
 * <p>Deterministic: the same cells every time. {@link #main} writes the files committed under {@code
 * docs/examples/force-spreadsheet/}.
 */
final class ForceSpreadsheet {

    /** The header row, 1-based. */
    static final int HEADER_ROW = 4;

    static final List<String> HEADERS = List.of(
            "Audit Area", "Year", "Assurance Opinion", "Rec No.", "Priority", "Subject", "Recommendation", "Lead Officer",
            "Management Response", "Original Deadline", "Revised Deadline", "Status", "RAG", "Date of Update",
            "Latest Position", "Notes");

    private static final String FIREARM = "Where missing firearms are identified and are being investigated, the property "
            + "management system should be updated to reflect this. Management should investigate the location of the other "
            + "missing firearm, update the property management system and review the reason for the discrepancy.";
    private static final String COMMUNICATION = "The Force should implement an appropriate process to ensure that each "
            + "victim receives a written acknowledgement of the crime they have reported.";
    private static final String INFORMATION = "The Force should ensure that it provides victims of crime with information "
            + "on what to expect from the criminal justice system in line with the VCOP.";
    private static final String NEEDS = "The action group should look to implement a consistent procedure for recording "
            + "the needs assessment of victims in Niche.";
    private static final String GOVERNANCE = "The Corporate Governance Framework should be reviewed, updated where "
            + "appropriate, and approved by the Strategic Assurances Board. The Framework should then be reviewed on a "
            + "regular basis.";
    private static final String GDPR = "The organisation should seek to complete the implementation of its action plan.";
    private static final String KPIS = "The Force should engage with SHRSC to ensure that all agreed KPIs are reported to "
            + "the Management Board on a monthly basis.";
    private static final String PDRS = "The Force should work to remind all staff the importance of completing PDRs. For "
            + "the PDRs that are still outstanding completion, these should be appropriately escalated to the relevant line "
            + "managers.";
    private static final String STANDING_ORDERS = "The Standing Orders should be updated to reflect the change in "
            + "procedure with regards to quotes obtained by the Estates Team.";
    private static final String CLOSURE_REPORT = "The Force should produce at minimum a condensed closure report for the "
            + "Missing Persons Team change.";
    private static final String PAYROLL = "Management should review the reporting capabilities of iTrent to enhance the "
            + "level of analysis at a more granular level.";

    private ForceSpreadsheet() {}

    /** The rows below the header, from row 5; null is a blank cell; an empty list is a blank row. */
    static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        // row 5
        rows.add(row("Seized & Found Property", 2018, "Limited", "4.1", "High", "Missing Firearm", FIREARM,
                "EPAC Manager; SP", "Accepted. The force is investing in upgrading the temporary stores.",
                LocalDate.of(2018, 3, 31), "30th April 2021", "In progress", "Red", LocalDate.of(2020, 10, 1),
                "Enforcement: dashboard development delayed by the analytical demands of the pandemic.",
                "Targets revised four times; see the panel appendix"));
        // row 6
        rows.add(row("Victims Code of Practice", 2017, "Reasonable", "4.3", "Medium", "Communication with Victims",
                COMMUNICATION, "Detective Superintendent", null, "October 2019", "Q1 2020", "Proposed Close", "Green",
                "Oct 2020", "Report embedded as requested by the July JARAP.", null));
        // row 7
        rows.add(row("Victims Code of Practice", 2017, "Reasonable", "4.4", "Medium", "Providing Information to Victims",
                INFORMATION, "Detective Superintendent", null, LocalDate.of(2018, 7, 31), "Q3 2020/21", "Proposed Close",
                "Green", LocalDate.of(2020, 10, 1), "Information on what to expect is now sent with every acknowledgement.",
                null));
        // row 8: adds an earlier update to 4.4
        rows.add(row(null, null, null, null, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2020, 7, 20), "The July JARAP asked for figures before it will close.", null));
        // row 9
        rows.add(row("Victims Code of Practice", 2017, "Reasonable", "4.5", "Low", "Needs Assessment", NEEDS,
                "Detective Superintendent / DH", null, "November 2018", "Mar 2021", "Open", "Amber", null, null, null));
        // row 10
        rows.add(row("Code of Governance", 2018, "Reasonable", "4.1", "Medium", "Approval of the Corporate Governance Framework",
                GOVERNANCE, "OPCC Chief Officer Finance, ACO Finance", null, LocalDate.of(2018, 12, 31), "end of October 2020",
                "In progress", "Amber", "Oct 2020", "The Framework has been circulated to the EMPLS and PCC for further consideration.",
                null));
        // row 11
        rows.add(List.of());
        // row 12
        rows.add(row("General Data Protection Regulation (GDPR)", 2019, "Reasonable", "4.1", "High",
                "Implementation of Action Plan", GDPR, "SM", null, "TBC", null, "In progress", "Amber", null, null,
                "Information Asset Register in its final stage"));
        // row 13
        rows.add(row("Recruitment", 2019, "Reasonable", "4.3", "Medium", "Reporting of all agreed KPIs", KPIS,
                "Head of HRSC", null, "End October 2019", LocalDate.of(2020, 12, 1), "Open", "Red", null, null, null));
        // row 14
        rows.add(row("Leadership and Management Development", 2020, "Reasonable", "4.2", "Low",
                "Performance Development Reviews", PDRS, "ACO HR", null, LocalDate.of(2020, 2, 29), null, "Complete", "Green",
                LocalDate.of(2020, 10, 16), "PDR completion figures for 2019/20 supplied: overall workforce 81%.", null));
        // row 15
        rows.add(row("Estates Management", 2020, "Reasonable", "4.2", "Low", "Standing Orders Update", STANDING_ORDERS,
                "Head of Estates", null, "Sept 2020", null, "Complete", "Green", "Sep 2020", "Standing Orders updated.", null));
        // row 16
        rows.add(row("Benefits Realisation", 2020, "Reasonable", "4.1", "Medium", "Closure Report", CLOSURE_REPORT,
                "Force Head of Change", null, "Oct 2020", null, "Open", "Amber", null, null, null));
        // row 17
        rows.add(row("Payroll", 2019, "Reasonable", "4.1", "Low", "Performance Analysis", PAYROLL, "Payroll Manager", null,
                "Ongoing", null, "BAU", "Green", LocalDate.of(2020, 9, 30), "Monthly analysis is now part of routine reporting.",
                null));
        return rows;
    }

    /**
     * The same rows with deliberate errors: an unknown priority (row 7, which row 8 then adds to), an
     * impossible date (row 10), an unreadable status (row 12), a missing reference (row 13), text in the
     * year column (row 14), and an extra column nobody mapped.
     */
    static List<List<Object>> rowsWithErrors() {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : rows()) {
            rows.add(new ArrayList<>(row));
        }
        rows.get(7 - 5).set(4, "Urgent");
        rows.get(10 - 5).set(10, "31/02/2021");
        rows.get(12 - 5).set(11, "Done?");
        rows.get(13 - 5).set(3, null);
        rows.get(14 - 5).set(1, "twenty twenty");
        return rows;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /**
     * The workbook.
     *
     * @param rows the rows below the header
     * @param extraColumn a header for one more column, holding a value in every row, or null for none
     * @return the .xlsx bytes
     */
    static byte[] workbook(List<List<Object>> rows, String extraColumn) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(LocalDate.of(2020, 10, 16).atStartOfDay(ZoneOffset.UTC).toInstant())));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle title = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            title.setFont(bold);
            Sheet instructions = workbook.createSheet("Read me");
            instructions.createRow(0).createCell(0).setCellValue("Update the Tracker sheet before each JARAP.");
            Sheet sheet = workbook.createSheet("Tracker");
            workbook.setActiveSheet(1);
            int width = HEADERS.size() + (extraColumn == null ? 0 : 1);
            Cell heading = sheet.createRow(0).createCell(0);
            heading.setCellValue("Example Constabulary and OPCC: internal audit recommendations tracker");
            heading.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            sheet.createRow(1).createCell(0).setCellValue("Position for the Joint Audit, Risk and Assurance Panel, 16 October 2020");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
            Row header = sheet.createRow(HEADER_ROW - 1);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            if (extraColumn != null) {
                header.createCell(HEADERS.size()).setCellValue(extraColumn);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                if (values.isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(HEADER_ROW + r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (value instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (value instanceof LocalDate d) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                }
                if (extraColumn != null) {
                    row.createCell(HEADERS.size()).setCellValue(r * 10);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same sheet as CSV: the title rows, the header, then the rows; dates written yyyy-MM-dd.
     *
     * @return the CSV text
     */
    static String csv() {
        StringBuilder b = new StringBuilder();
        b.append(quote("Example Constabulary and OPCC: internal audit recommendations tracker")).append("\r\n");
        b.append(quote("Position for the Joint Audit, Risk and Assurance Panel, 16 October 2020")).append("\r\n");
        b.append("\r\n");
        b.append(String.join(",", HEADERS.stream().map(ForceSpreadsheet::quote).toList())).append("\r\n");
        for (List<Object> row : rows()) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(value == null ? "" : quote(value.toString()));
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    private static String quote(String value) {
        return value.matches(".*[,\"\\r\\n].*") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The directory of the worked example, from the module's directory. */
    static Path directory() {
        return Path.of("..", "docs", "examples", "force-spreadsheet");
    }

    /**
     * Writes the example's spreadsheets into {@code docs/examples/force-spreadsheet/}.
     *
     * @param args the directory to write to, else the example's directory from the module's directory
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : directory();
        Files.createDirectories(dir);
        Files.write(dir.resolve("force-tracker.xlsx"), workbook(rows(), null));
        Files.write(dir.resolve("force-tracker-errors.xlsx"), workbook(rowsWithErrors(), "Days Overdue"));
        Files.writeString(dir.resolve("force-tracker.csv"), csv(), StandardCharsets.UTF_8);
    }
}
