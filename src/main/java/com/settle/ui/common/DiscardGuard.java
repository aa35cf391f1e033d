package com.settle.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Asks before a dialog the clerk has typed in closes without saving (Cancel, Escape or the window's close box):
 * a stray Escape must not throw away a payment typed with its allocations. Close Without Saving (Enter) closes;
 * Keep Editing (Escape) goes back with everything kept. A dialog nobody typed in closes at once.
 */
public final class DiscardGuard {

    private boolean typed;
    private boolean saving;

    private DiscardGuard() {
    }

    /** Guards {@code dialog}, whose title names it in the question. */
    public static DiscardGuard install(Dialog<?> dialog) {
        DiscardGuard guard = new DiscardGuard();
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.getTarget() instanceof TextInputControl field && field.isEditable() && !e.isShortcutDown()
                    && changes(e.getCharacter())) {
                guard.typed = true;
            }
        });
        // Pasting or cutting with the keyboard changes the text without a character typed.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl field && field.isEditable() && e.isShortcutDown()
                    && (e.getCode() == KeyCode.V || e.getCode() == KeyCode.X)) {
                guard.typed = true;
            }
        });
        dialog.addEventHandler(DialogEvent.DIALOG_CLOSE_REQUEST, e -> {
            if (guard.typed && !guard.saving && !new FxDialogService(dialog.getDialogPane().getScene().getWindow())
                    .ask(dialog.getTitle(), "Close without saving?", "What you typed in " + dialog.getTitle()
                            + " is not saved.", "Close Without Saving", "Keep Editing")) {
                e.consume();
            }
        });
        return guard;
    }

    /** The dialog is closing because what was typed is being saved: nothing is lost. */
    public void saving() {
        saving = true;
    }

    /** A printable character, Backspace or Delete (U+007F, above the space): not Escape, Enter or Tab. */
    private static boolean changes(String character) {
        return !character.isEmpty() && (character.charAt(0) == '\b' || character.charAt(0) >= ' ');
    }
}
