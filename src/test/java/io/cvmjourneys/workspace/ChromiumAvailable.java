package io.cvmjourneys.workspace;

import io.cvmjourneys.testsupport.InstalledPrograms;
import java.nio.file.Path;

/** Browser tests need the system's Chromium and chromedriver; CI sets CVM_BROWSER_TESTS=required. */
class ChromiumAvailable extends InstalledPrograms {

    ChromiumAvailable() {
        super("CVM_BROWSER_TESTS", "chromium chromium-driver", chromium(), chromedriver());
    }

    static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CVM_CHROMIUM", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getenv().getOrDefault("CVM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }
}
