package io.cvmjourneys.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that drive a program from the system's packages (a browser, Prometheus) run where it is
 * installed; elsewhere (a machine with only a JDK and Maven) they are skipped with the reason, before
 * any application starts. With the named variable set to {@code required} (CI) they always run, so a
 * missing program fails them instead.
 */
public abstract class InstalledPrograms implements ExecutionCondition {

    private final String requiredVariable;
    private final String packages;
    private final List<Path> programs;

    protected InstalledPrograms(String requiredVariable, String packages, Path... programs) {
        this.requiredVariable = requiredVariable;
        this.packages = packages;
        this.programs = List.of(programs);
    }

    public boolean installed() {
        return programs.stream().allMatch(Files::isExecutable);
    }

    /** Fails the test, with what to install, when a program is missing (it runs because it is required). */
    public void assertInstalled() {
        if (!installed()) {
            Assertions.fail(missing() + " — " + requiredVariable + "=required, so this fails");
        }
    }

    private String missing() {
        return "These tests need " + programs + ": apt-get install " + packages;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || "required".equals(System.getenv(requiredVariable))) {
            return ConditionEvaluationResult.enabled(programs + " installed, or " + requiredVariable + "=required");
        }
        return ConditionEvaluationResult.disabled(missing() + " — skipped (set " + requiredVariable
                + "=required to fail instead)");
    }
}
