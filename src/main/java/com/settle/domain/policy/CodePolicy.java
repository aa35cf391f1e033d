package com.settle.domain.policy;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import java.util.Collection;

/**
 * What a reason code and an accounting code need, in one wording: the Settings forms show these refusals
 * as the administrator types, and the code service refuses with them.
 */
public final class CodePolicy {

    private CodePolicy() {
    }

    /** A reason code (up to 32 characters), its name (up to 100) and at least one transaction type. */
    public static void reasonCode(String code, String name, Collection<String> types) {
        Text.required("Reason code", code, 32);
        Text.required("Name", name, 100);
        if (types == null || types.isEmpty()) {
            throw new ValidationException("Transaction types", "must include at least one");
        }
    }

    /** An accounting code (up to 100 characters) and its name (up to 100). */
    public static void accountingCode(String code, String name) {
        Text.required("Accounting code", code, 100);
        Text.required("Name", name, 100);
    }
}
