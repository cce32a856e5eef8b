package io.github.rectrack.export.docx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template with a part larger than the most a template's part may have is refused naming the part. */
class DamagedTemplateTest {

    @Test
    void aPartOverTheLimitIsRefusedNamingTheTemplateAndThePart(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("our-paper.dotx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(template))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written <= TemplateLayout.MAX_PART_BYTES; written += block.length) {
                out.write(block);
            }
            out.closeEntry();
        }
        assertThatThrownBy(() -> TemplateLayout.open(template)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template '" + template + "' was refused: its part /word/media/image1.png is 100,663,296 bytes when unpacked,"
                        + " more than the 100,000,000 bytes a template's part may have; remove the large picture or embedded file from"
                        + " the template")
                .hasNoSuppressedExceptions();
    }

    @Test
    void aDamagedZipIsDescribedWithoutClassNames(@TempDir Path dir) throws IOException {
        Path template = Files.write(dir.resolve("our-paper.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> TemplateLayout.open(template)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("template '" + template + "' cannot be read as a Word document (.docx or .dotx): ")
                .hasMessageEndingWith("; save it again from Word as a .docx or .dotx")
                .message().doesNotContain("Exception:").doesNotContain("org.apache");
    }
}
