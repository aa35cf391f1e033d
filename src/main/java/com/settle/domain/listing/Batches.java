package com.settle.domain.listing;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every row of a list query, read a batch at a time as it is iterated: what an export or a command's listing
 * writes out without holding the whole list.
 */
public final class Batches {

    /** Reads rows {@code offset} on, at most {@code limit} of them, in the query's order. */
    @FunctionalInterface
    public interface Reader<T> {
        List<T> read(int offset, int limit) throws Exception;
    }

    /** Rows per read. */
    public static final int SIZE = 1000;

    private Batches() {
    }

    public static <T> Iterable<T> every(Reader<T> reader) {
        return () -> new Iterator<>() {
            private List<T> batch = List.of();
            private int at;
            private int offset;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (at < batch.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    batch = reader.read(offset, SIZE);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                offset += batch.size();
                at = 0;
                done = batch.size() < SIZE;
                return !batch.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(at++);
            }
        };
    }
}
