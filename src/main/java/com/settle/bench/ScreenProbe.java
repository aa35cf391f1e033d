package com.settle.bench;

import com.settle.service.ApplicationService.ApplyContext;

/**
 * The screens' part of a figure, handed in by the application: the benchmarks and the command line do not
 * reach the user interface themselves, so the entry point that knows both passes this in.
 */
@FunctionalInterface
public interface ScreenProbe {

    /**
     * Builds the Apply dialog's model and rows over {@code context}, as opening the dialog does (off screen),
     * and returns the dialog's Auto-apply for the whole unapplied amount.
     */
    Runnable openApplyDialog(ApplyContext context);
}
