package com.settle.cli;

import com.settle.domain.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints: every control character but line breaks and tabs is shown by its code, so a
 * name holding ESC cannot move the cursor or retitle the terminal of whoever runs {@code payment show}.
 */
final class PrintableWriter extends FilterWriter {

    private PrintableWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new PrintableWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(Printable.of(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(Printable.of(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(Printable.of(str.substring(off, off + len)));
    }
}
