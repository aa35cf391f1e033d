package com.settle.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text down the pages of a PDF document, a line at a time, starting a new page when one is full:
 * titles, plain lines and table rows whose amount columns are right-aligned. Uses an installed Unicode font
 * when the computer has one (names in any script), else Helvetica, with characters it lacks shown as "?".
 */
final class PdfPages {

    /** A table column: where it starts, how wide it is, and whether its text is right-aligned (amounts). */
    record Column(float x, float width, boolean right) {
    }

    private static final float MARGIN = 50;
    private static final List<String> UNICODE_FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "C:\\Windows\\Fonts\\arial.ttf", "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf");
    private static final List<String> UNICODE_BOLD = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "C:\\Windows\\Fonts\\arialbd.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf");

    private final PDDocument document;
    private final PDRectangle size;
    private final PDFont regular;
    private final PDFont bold;
    private final String footer;
    private PDPageContentStream out;
    private float y;
    private int pages;

    /** @param footer the line at the foot of every page (with the page number) */
    PdfPages(PDDocument document, Locale locale, String footer) {
        this.document = document;
        this.size = "US".equals(locale.getCountry()) || "CA".equals(locale.getCountry()) ? PDRectangle.LETTER
                : PDRectangle.A4;
        this.regular = font(UNICODE_FONTS, Standard14Fonts.FontName.HELVETICA);
        this.bold = font(UNICODE_BOLD, Standard14Fonts.FontName.HELVETICA_BOLD);
        this.footer = footer;
        newPage();
    }

    private PDFont font(List<String> candidates, Standard14Fonts.FontName fallback) {
        for (String path : candidates) {
            Path p = Path.of(path);
            if (Files.isReadable(p)) {
                try {
                    return PDType0Font.load(document, p.toFile());
                } catch (IOException e) {
                    // An unreadable font file: try the next, then the built-in one.
                }
            }
        }
        return new PDType1Font(fallback);
    }

    /** The width text may use between the margins. */
    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        line(text, bold, 16, 24);
    }

    void heading(String text) {
        space(8);
        line(text, bold, 11, 16);
    }

    void text(String text) {
        line(text, regular, 9.5f, 13);
    }

    void space(float points) {
        y -= points;
    }

    /** A table row; {@code strong} sets it in bold (a header or a total). */
    void row(List<Column> columns, List<String> cells, boolean strong) {
        ensure(13);
        PDFont font = strong ? bold : regular;
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            Column c = columns.get(i);
            String s = fit(cells.get(i) == null ? "" : cells.get(i), font, 9, c.width());
            float w = width(s, font, 9);
            show(s, font, 9, MARGIN + (c.right() ? c.x() + c.width() - w : c.x()), y);
        }
        y -= 13;
    }

    private void line(String text, PDFont font, float fontSize, float height) {
        ensure(height);
        show(fit(text, font, fontSize, width()), font, fontSize, MARGIN, y);
        y -= height;
    }

    private void ensure(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages++;
            out = new PDPageContentStream(document, page);
            show(footer + "  ·  page " + pages, regular, 8, MARGIN, MARGIN - 10);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, PDFont font, float fontSize, float x, float at) {
        try {
            out.beginText();
            out.setFont(font, fontSize);
            out.newLineAtOffset(x, at);
            out.showText(encodable(text, font));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text shortened with "…" to fit {@code width}; amounts are given columns wide enough never to be. */
    private String fit(String text, PDFont font, float fontSize, float width) {
        if (width(text, font, fontSize) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && width(s + "…", font, fontSize) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private float width(String text, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(encodable(text, font)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each character the font cannot show replaced by "?". */
    private static String encodable(String text, PDFont font) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Ends the last page. */
    void finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
