package io.cvmjourneys.operations;

import io.cvmjourneys.testsupport.InstalledPrograms;
import java.nio.file.Path;

/** The monitoring test needs the system's Prometheus; CI sets CVM_PROMETHEUS_TESTS=required. */
class PrometheusInstalled extends InstalledPrograms {

    PrometheusInstalled() {
        super("CVM_PROMETHEUS_TESTS", "prometheus", prometheus());
    }

    static Path prometheus() {
        return Path.of(System.getenv().getOrDefault("CVM_PROMETHEUS", "/usr/bin/prometheus"));
    }
}
