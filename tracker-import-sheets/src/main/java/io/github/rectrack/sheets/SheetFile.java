package io.github.rectrack.sheets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/** What kind of file a force's sheet is, told by its first bytes, and what to say when it cannot be read. */
enum SheetFile {
    /** A zip archive: read as an .xlsx workbook. */
    XLSX,
    /** Anything else: read as CSV. */
    CSV;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /**
     * The kind of the file, looking at its first bytes and putting them back.
     *
     * @param in the file, buffered so that its start can be read again
     * @param name the file's name, for messages
     * @param nextStep what to do with the file once saved as .xlsx, for the message: "import that"
     * @return the kind, or the reason it cannot be read (an empty file, an .xls workbook)
     * @throws IOException if reading fails
     */
    static Kind of(BufferedInputStream in, String name, String nextStep) throws IOException {
        in.mark(ZIP.length);
        byte[] start = in.readNBytes(ZIP.length);
        in.reset();
        if (start.length == 0) {
            return new Kind(Optional.empty(), Optional.of(name + " is empty: expected an .xlsx workbook or a CSV file with a header row"));
        }
        if (Arrays.equals(start, OLE2)) {
            return new Kind(Optional.empty(), Optional.of(name
                    + " is an Excel 97-2003 (.xls) workbook or another OLE2 file: save it as .xlsx (Excel Workbook) and " + nextStep));
        }
        return new Kind(Optional.of(Arrays.equals(start, ZIP) ? XLSX : CSV), Optional.empty());
    }

    /**
     * The kind of a file, or why it cannot be read.
     *
     * @param file the kind, if the file can be read
     * @param refusal why not, otherwise
     */
    record Kind(Optional<SheetFile> file, Optional<String> refusal) {}
}
