package io.cvmjourneys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A renamed or missing bean fails the build, not a customer's journey. */
@SpringBootTest
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles("test")
class ModelBeanReferencesTest {

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    @Autowired
    ApplicationContext applicationContext;

    @Test
    void everyBeanAModelNamesIsADelegateTheEngineMayCall() throws IOException {
        DelegateBeans allowed = new DelegateBeans(applicationContext);
        List<String> references = new ArrayList<>();
        try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = DELEGATE_EXPRESSION.matcher(Files.readString(model));
                while (matcher.find()) {
                    references.add(matcher.group(1));
                    assertThat(allowed.containsKey(matcher.group(1)))
                            .as("%s names ${%s}: no delegate or listener bean of that name", model, matcher.group(1))
                            .isTrue();
                }
            }
        }
        assertThat(references).as("the journeys call beans").isNotEmpty();
    }
}
