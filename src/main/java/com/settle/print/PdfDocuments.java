package com.settle.print;

import com.settle.domain.OutputTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Makes a PDF document in memory and saves it: to a temporary file beside the target, then moved into place. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    static byte[] make(String title, Locale locale, String footer, Consumer<PdfPages> content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Settle");
            PdfPages pages = new PdfPages(document, locale, footer);
            content.accept(pages);
            pages.finish();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the document to {@code target}; never a folder or a company file; replacing is the caller's call. */
    public static void save(byte[] pdf, Path target) throws IOException {
        Path abs = OutputTarget.checkWritable(target);
        Path tmp = Files.createTempFile(abs.getParent(), ".settle-print", ".pdf");
        try {
            Files.write(tmp, pdf);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
