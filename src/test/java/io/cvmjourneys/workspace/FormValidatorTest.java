package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every component and every rule of the Camunda Forms the journeys use, checked as the server checks a submission. */
class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final String FORM = """
            {"id": "test-every-component", "components": [
              {"id": "Text_Guidance", "type": "text", "text": "#### Do this\\nThen that."},
              {"id": "Field_Name", "key": "name", "type": "textfield", "label": "Name",
               "validate": {"required": true, "minLength": 2, "maxLength": 10, "pattern": "^[A-Z][a-z]*$"}},
              {"id": "Field_Shown", "key": "shown", "type": "textfield", "label": "Shown", "readonly": true},
              {"id": "Field_Strategy", "key": "strategy", "type": "select", "label": "Strategy", "readonly": true,
               "values": [{"label": "Self-cure: gentle reminders", "value": "SELF_CURE"}]},
              {"id": "Field_DueOn", "key": "dueOn", "type": "datetime", "subtype": "date", "dateLabel": "Was due on",
               "readonly": true, "disallowPassedDates": true},
              {"id": "Field_Discount", "key": "discount", "type": "number", "label": "Discount", "defaultValue": 0,
               "validate": {"required": true, "min": 0, "max": 50}},
              {"id": "Field_Category", "key": "category", "type": "select", "label": "Category",
               "values": [{"label": "Billing", "value": "BILLING"}, {"label": "Network", "value": "NETWORK"}],
               "validate": {"required": true}},
              {"id": "Field_Answer", "key": "answer", "type": "radio", "label": "Answer",
               "values": [{"label": "Yes", "value": "YES"}, {"label": "No", "value": "NO"}]},
              {"id": "Field_Consent", "key": "consent", "type": "checkbox", "label": "Customer agrees",
               "validate": {"required": true}},
              {"id": "Field_Newsletter", "key": "newsletter", "type": "checkbox", "label": "Newsletter"},
              {"id": "Field_Note", "key": "note", "type": "textarea", "label": "Note", "validate": {"maxLength": 5}},
              {"id": "Field_Credit", "key": "credit", "type": "number", "label": "Credit", "decimalDigits": 2,
               "appearance": {"prefixAdorner": "£"}},
              {"id": "Field_Balance", "key": "balance", "type": "number", "label": "Balance", "readonly": true,
               "decimalDigits": 2, "appearance": {"prefixAdorner": "£"}},
              {"id": "Field_Action", "key": "action", "type": "radio", "label": "Action",
               "values": [{"label": "Pause", "value": "PAUSE"}, {"label": "Keep", "value": "KEEP"}],
               "properties": {"refuseWhen": "=action = \\"PAUSE\\" and mandatory = true",
                              "refuseMessage": "A mandatory notice cannot be paused."}},
              {"id": "Group_Visit", "type": "group", "components": [
                {"id": "Field_Visit", "key": "visit", "type": "datetime", "subtype": "date", "dateLabel": "Visit",
                 "validate": {"required": true}},
                {"id": "Field_Slot", "key": "slot", "type": "datetime", "subtype": "time", "timeLabel": "Slot"}
              ]}
            ]}""";

    static CamundaForm form(String json) {
        try {
            return CamundaForm.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new ObjectMapper());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, String> valid() {
        Map<String, String> submitted = new HashMap<>();
        submitted.put("name", "Priya");
        submitted.put("discount", "10");
        submitted.put("category", "BILLING");
        submitted.put("answer", "YES");
        submitted.put("consent", "true");
        submitted.put("note", "ok");
        submitted.put("visit", "2026-12-01");
        submitted.put("slot", "09:30");
        submitted.put("shown", "forged");
        submitted.put("strategy", "FORGED");
        submitted.put("dueOn", "not a day");
        submitted.put("notOnTheForm", "forged");
        return submitted;
    }

    @Test
    void readsEveryComponentWithItsRulesAndFlattensGroups() {
        CamundaForm form = form(FORM);

        assertThat(form.id()).isEqualTo("test-every-component");
        assertThat(form.fields()).extracting(FormField::kind).containsExactly(FormField.Kind.TEXT, FormField.Kind.TEXTFIELD,
                FormField.Kind.TEXTFIELD, FormField.Kind.SELECT, FormField.Kind.DATETIME, FormField.Kind.NUMBER, FormField.Kind.SELECT, FormField.Kind.RADIO,
                FormField.Kind.CHECKBOX, FormField.Kind.CHECKBOX, FormField.Kind.TEXTAREA, FormField.Kind.NUMBER,
                FormField.Kind.NUMBER, FormField.Kind.RADIO, FormField.Kind.DATETIME, FormField.Kind.DATETIME);
        assertThat(form.inputs()).extracting(FormField::key).containsExactly("name", "discount", "category", "answer",
                "consent", "newsletter", "note", "credit", "action", "visit", "slot");
        assertThat(form.fields().get(0).lines()).containsExactly(new FormField.Line(true, "Do this"),
                new FormField.Line(false, "Then that."));
        FormField name = form.fields().get(1);
        assertThat(name.rules()).isEqualTo(new FormField.Rules(true, null, null, 2, 10, "^[A-Z][a-z]*$", null, null, false, null, null, null));
        assertThat(form.fields().get(5).defaultValue()).isEqualTo(0);
        assertThat(form.fields().get(6).options()).extracting(FormField.Option::label).containsExactly("Billing", "Network");
        assertThat(form.fields().get(11).appearance()).isEqualTo(new FormField.Appearance("£", null, 2));
        assertThat(form.fields().get(14).htmlDateType()).isEqualTo("date");
        assertThat(form.fields().get(15).htmlDateType()).isEqualTo("time");
    }

    @Test
    void validSubmissionBecomesTypedVariablesAndLeavesReadOnlyAndUnknownFieldsAlone() {
        FormSubmission submission = FormValidator.validate(form(FORM), valid(), Map.of(), TODAY);

        assertThat(submission.errors()).isEmpty();
        assertThat(submission.variables()).containsOnly(Map.entry("name", "Priya"), Map.entry("discount", 10),
                Map.entry("category", "BILLING"), Map.entry("answer", "YES"), Map.entry("consent", true),
                Map.entry("newsletter", false), Map.entry("note", "ok"), Map.entry("visit", "2026-12-01"),
                Map.entry("slot", "09:30"));
    }

    /** Read-only fields are shown, never submitted: what a page sends for them is neither checked nor stored. */
    @Test
    void aReadOnlyChoiceOrDayIsShownInWordsAndNeverTakenFromTheBrowser() {
        CamundaForm form = form(FORM);
        FormField strategy = form.fields().get(3);
        FormField dueOn = form.fields().get(4);

        assertThat(form.inputs()).doesNotContain(strategy, dueOn);
        assertThat(FormValidator.validate(form, valid(), Map.of(), TODAY).variables()).doesNotContainKeys("strategy", "dueOn");
        assertThat(strategy.showsAsText()).isTrue();
        assertThat(strategy.shown("SELF_CURE")).isEqualTo("Self-cure: gentle reminders");
        assertThat(strategy.shown("NEW_STRATEGY")).as("no words yet: the code, rather than nothing").isEqualTo("NEW_STRATEGY");
        assertThat(dueOn.shown("2026-11-20")).isEqualTo("Fri 20 Nov 2026");
        assertThat(dueOn.shown(null)).isNull();
    }

    @Test
    void optionalFieldsLeftEmptySetNothing() {
        Map<String, String> submitted = valid();
        submitted.remove("answer");
        submitted.put("note", "  ");
        submitted.remove("slot");

        FormSubmission submission = FormValidator.validate(form(FORM), submitted, Map.of(), TODAY);

        assertThat(submission.isValid()).isTrue();
        assertThat(submission.variables()).doesNotContainKeys("answer", "note", "slot");
    }

    @Test
    void decimalsStayDecimals() {
        Map<String, String> submitted = valid();
        submitted.put("discount", "12.5");

        assertThat(FormValidator.validate(form(FORM), submitted, Map.of(), TODAY).variables()).containsEntry("discount", 12.5);
    }

    @ParameterizedTest(name = "{0} = ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
            "name|''|Fill this in: it is required.",
            "name|P|Write at least 2 characters (now 1).",
            "name|Priyadarshini|Keep it to 10 characters (now 13).",
            "name|priya|This does not look right: check it against the field's description.",
            "discount|''|Fill this in: it is required.",
            "discount|ten|Enter a number, e.g. 10 or 12.5.",
            "discount|-1|Must be at least 0.",
            "discount|50.5|Must be at most 50.",
            "category|''|Choose one: this is required.",
            "category|FORGED|Choose one of the options offered.",
            "answer|MAYBE|Choose one of the options offered.",
            "consent|''|Tick this box: it is required.",
            "note|too long|Keep it to 5 characters (now 8).",
            "credit|1.234|Use at most 2 digits after the point.",
            "visit|''|Fill this in: it is required.",
            "visit|01/12/2026|Enter a date as YYYY-MM-DD.",
            "slot|half past nine|Enter a time as HH:MM."})
    void everyRuleOfTheFormIsChecked(String key, String value, String message) {
        Map<String, String> submitted = valid();
        submitted.put(key, value);

        FormSubmission submission = FormValidator.validate(form(FORM), submitted, Map.of(), TODAY);

        assertThat(submission.errors()).containsExactly(Map.entry(key, message));
        assertThat(submission.entered()).containsEntry(key, value.strip());
    }

    @Test
    void aReadOnlyAmountIsWrittenWithItsAdornerAndDecimalDigits() {
        FormField balance = form(FORM).fields().stream().filter(field -> "balance".equals(field.key())).findFirst().orElseThrow();

        assertThat(balance.showsAsText()).isTrue();
        assertThat(balance.shown(28.9)).isEqualTo("£28.90");
        assertThat(balance.shown(new java.math.BigDecimal("38"))).isEqualTo("£38.00");
    }

    @Test
    void aChoiceIsRefusedWithTheFormsSentenceWhereItsConditionHolds() {
        Map<String, String> submitted = valid();
        submitted.put("action", "PAUSE");

        assertThat(FormValidator.validate(form(FORM), submitted, Map.of("mandatory", true), TODAY).errors())
                .containsExactly(Map.entry("action", "A mandatory notice cannot be paused."));
        assertThat(FormValidator.validate(form(FORM), submitted, Map.of("mandatory", false), TODAY).errors()).isEmpty();
    }

    @Test
    void aComponentTheWorkspaceCannotShowRefusesCompletion() {
        CamundaForm form = form("""
                {"id": "f", "components": [{"id": "Field_Tags", "key": "tags", "type": "taglist", "label": "Tags"}]}""");

        assertThat(FormValidator.validate(form, Map.of(), Map.of(), TODAY).errors()).containsOnlyKeys("tags");
    }

    @Test
    void aBrokenPatternInTheFormIsReportedNotThrown() {
        CamundaForm form = form("""
                {"id": "f", "components": [{"id": "Field_Code", "key": "code", "type": "textfield", "validate": {"pattern": "["}}]}""");

        assertThat(FormValidator.validate(form, Map.of("code", "x"), Map.of(), TODAY).errors().get("code")).contains("pattern for this field is broken");
    }

    /** As the delinquency call form: the promised date shows only for a promise to pay. */
    private static final String CONDITIONAL = """
            {"id": "f", "components": [
              {"id": "Field_Response", "key": "response", "type": "radio", "label": "Outcome",
               "values": [{"label": "Promise", "value": "PROMISE"}, {"label": "Unreachable", "value": "UNREACHABLE"}],
               "validate": {"required": true}},
              {"id": "Field_Promised", "key": "promised", "type": "datetime", "subtype": "date", "dateLabel": "Promised date",
               "conditional": {"hide": "=response != \\"PROMISE\\" and not(alwaysAsk)"}, "validate": {"required": true}}
            ]}""";

    @Test
    void aFieldItsFormHidesIsNeitherRequiredNorStored() {
        CamundaForm form = form(CONDITIONAL);

        assertThat(form.fields().get(1).label()).isEqualTo("Promised date");
        FormSubmission unreachable = FormValidator.validate(form, Map.of("response", "UNREACHABLE", "promised", "2020-01-01"),
                Map.of("alwaysAsk", false), TODAY);
        assertThat(unreachable.errors()).isEmpty();
        assertThat(unreachable.variables()).as("the hidden date's stale value is not stored")
                .containsExactly(Map.entry("response", "UNREACHABLE"));

        assertThat(FormValidator.validate(form, Map.of("response", "PROMISE"), Map.of("alwaysAsk", false), TODAY).errors())
                .containsExactly(Map.entry("promised", "Fill this in: it is required."));
        assertThat(FormValidator.validate(form, Map.of("response", "UNREACHABLE"), Map.of("alwaysAsk", true), TODAY).errors())
                .as("the condition reads the task's variables too").containsOnlyKeys("promised");
        assertThat(FormValidator.hiddenKeys(form, Map.of(), Map.of("alwaysAsk", false))).containsExactly("promised");
    }

    /** As the booking forms: a day from today within a window, and a contact with a phone number. */
    private static final String BUSINESS_RULES = """
            {"id": "f", "components": [
              {"id": "Field_Day", "key": "day", "type": "datetime", "subtype": "date", "dateLabel": "Day",
               "disallowPassedDates": true, "properties": {"maxDaysAhead": "60"}, "validate": {"required": true}},
              {"id": "Field_Contact", "key": "contact", "type": "textfield", "label": "Contact",
               "validate": {"required": true, "pattern": "\\\\+?[0-9][0-9 ()-]{5,}[0-9]"},
               "properties": {"patternMessage": "Give a name and a phone number we can call."}},
              {"id": "Field_Phone", "key": "phone", "type": "textfield", "label": "Phone", "validate": {"validationType": "phone"}},
              {"id": "Field_Email", "key": "email", "type": "textfield", "label": "E-mail", "validate": {"validationType": "email"}}
            ]}""";

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "day|2020-01-01|Choose today (2026-11-23) or a later day.",
            "day|2026-11-22|Choose today (2026-11-23) or a later day.",
            "day|2027-01-23|Choose a day at most 60 days ahead, by 2027-01-22.",
            "contact|x|Give a name and a phone number we can call.",
            "phone|call me|Enter a phone number, e.g. +44 7700 900123.",
            "email|nobody|Enter an e-mail address, e.g. name@example.org."})
    void aFormsBusinessRulesRefuseNonsenseWithASentence(String key, String value, String message) {
        Map<String, String> submitted = new HashMap<>(Map.of("day", "2026-11-23", "contact", "Morgan, +44 7700 900123",
                "phone", "+44 7700 900123", "email", "morgan@example.org"));
        assertThat(FormValidator.validate(form(BUSINESS_RULES), submitted, Map.of(), TODAY).errors()).isEmpty();
        submitted.put(key, value);

        assertThat(FormValidator.validate(form(BUSINESS_RULES), submitted, Map.of(), TODAY).errors())
                .containsExactly(Map.entry(key, message));
    }

    @Test
    void theLastDayOfTheWindowIsTaken() {
        Map<String, String> submitted = Map.of("day", "2027-01-22", "contact", "+44 7700 900123");
        assertThat(FormValidator.validate(form(BUSINESS_RULES), submitted, Map.of(), TODAY).errors()).isEmpty();
    }
}
