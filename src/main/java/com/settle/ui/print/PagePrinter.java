package com.settle.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a PDF document through JavaFX printing, so what is printed is exactly what is saved: its pages are
 * drawn as images (in the background), then sent page by page to the printer the clerk chooses.
 */
public final class PagePrinter {

    private static final float DPI = 150;

    private PagePrinter() {
    }

    /** Draws every page of the document; slow for long documents, so run it off the FX thread. */
    public static List<Image> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Image> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(image(renderer.renderImageWithDPI(i, DPI, ImageType.RGB)));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Image image(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    /**
     * Asks which printer, then prints the pages scaled to its printable area.
     *
     * @return null when printed (or the clerk canceled the print dialog), else why nothing was printed
     */
    public static String print(List<Image> pages, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return "No printer is set up on this computer. Save as PDF instead and print the file from there.";
        }
        if (!job.showPrintDialog(owner)) {
            return null;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                job.cancelJob();
                return "The printer refused the page (" + job.getJobStatus() + "). Nothing more was printed.";
            }
        }
        job.endJob();
        return null;
    }
}
