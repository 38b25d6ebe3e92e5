package io.cvmjourneys;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CvmJourneysApplication {

    public static void main(String[] args) {
        SpringApplication.run(CvmJourneysApplication.class, args);
    }
}
