package com.settle.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the run whose books are on the test server ({@link TestEngine}), skips every test class on a developer's machine
 * without a test server, with the reason, instead of letting each test fail in its set-up. In CI (CI=true) nothing is
 * skipped: there a missing server fails the tests ({@link TestServer#require}). Registered for that run only
 * (pom.xml, the postgresql execution, turns on JUnit's extension autodetection).
 */
public final class ServerRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestEngine.onServer() || TestServer.available() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("a test server is named, or the books are files, or this is CI");
        }
        return ConditionEvaluationResult.disabled("no PostgreSQL test server (start one: bash .ci/test-server start"
                + " DIR, export what it prints)");
    }
}
