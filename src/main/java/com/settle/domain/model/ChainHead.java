package com.settle.domain.model;

/**
 * The head of the tamper-evident history chain: how many entries it has and the hash of the last. A copy
 * of the books whose history was rewritten shows another.
 */
public record ChainHead(long entries, String hash) {

    /** The first 12 characters: enough to compare two copies by eye. */
    public String shortForm() {
        return hash.substring(0, 12);
    }
}
