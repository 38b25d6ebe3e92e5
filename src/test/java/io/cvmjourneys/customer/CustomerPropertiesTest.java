package io.cvmjourneys.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CustomerPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CustomerProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withoutSettingsTheContextCoversThirtyDaysOfContactsAndNinetyOfComplaints() {
        context.run(started -> assertThat(started.getBean(CustomerProperties.class))
                .isEqualTo(new CustomerProperties(30, 90)));
    }

    @Test
    void windowsCanBeSetAndMustBePositive() {
        context.withPropertyValues("cvm.customer.contact-window-days=7", "cvm.customer.complaint-window-days=30")
                .run(started -> assertThat(started.getBean(CustomerProperties.class)).isEqualTo(new CustomerProperties(7, 30)));
        context.withPropertyValues("cvm.customer.contact-window-days=0")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("contactWindowDays"));
    }
}
