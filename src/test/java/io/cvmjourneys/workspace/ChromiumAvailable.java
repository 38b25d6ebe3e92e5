package io.cvmjourneys.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run where the system's Chromium and chromedriver are installed; elsewhere (a
 * machine with only a JDK and Maven) they are skipped with the reason, before any application
 * starts. With CVM_BROWSER_TESTS=required (CI) they always run, so a missing browser fails them.
 */
class ChromiumAvailable implements ExecutionCondition {

    static final String REQUIRED = "CVM_BROWSER_TESTS";

    static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CVM_CHROMIUM", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getenv().getOrDefault("CVM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    static boolean installed() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    static String missing() {
        return "Browser tests need Chromium and chromedriver (" + chromium() + ", " + chromedriver()
                + "): apt-get install chromium chromium-driver";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || "required".equals(System.getenv(REQUIRED))) {
            return ConditionEvaluationResult.enabled("Chromium is installed, or " + REQUIRED + "=required");
        }
        return ConditionEvaluationResult.disabled(missing() + " — skipped (set " + REQUIRED + "=required to fail instead)");
    }
}
