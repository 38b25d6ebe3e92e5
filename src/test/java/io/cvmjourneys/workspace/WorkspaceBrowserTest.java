package io.cvmjourneys.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cvmjourneys.moments.Channel;
import io.cvmjourneys.moments.Moment;
import io.cvmjourneys.moments.MomentIntake;
import io.cvmjourneys.moments.MomentType;
import io.cvmjourneys.nba.NextBestActionService;
import io.cvmjourneys.testsupport.EngineClock;
import io.cvmjourneys.testsupport.KnownAnswers;
import io.cvmjourneys.testsupport.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The workspace in a real browser (headless Chromium from the system's packages), signed in through
 * the login page as each team would: a call-center agent finds a customer, starts a cancellation and
 * completes the retention task through its form; a store agent does not see that task; CX triages a
 * complaint by picking the action; offers count once however often a task is opened or an answer
 * clicked; an analyst reads without writing; errors are plain pages with a way back; a manager
 * pauses an action; signing out of Tasklist lands on the one login page. Screenshots of the main
 * pages go to target/screenshots. Without Chromium see {@link ChromiumAvailable}.
 */
@ExtendWith(ChromiumAvailable.class) // first: decides before the application starts
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // one live engine per JVM, see testsupport
@ActiveProfiles({"demo", "test"})
// every decision reads the learned propensities in force again: a scenario puts some in force, then takes them out
@TestPropertySource(properties = "cvm.nba.levers-refresh=PT0S")
class WorkspaceBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String CUSTOMER = "CUST-000321";

    static WebDriver browser;
    static Path profile;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    MomentIntake intake;
    @Autowired
    NextBestActionService nextBestActions;
    @Autowired
    ManagementService managementService;

    @BeforeAll
    static void startChromium() throws IOException {
        new ChromiumAvailable().assertInstalled();
        ChromeOptions options = new ChromeOptions().setBinary(ChromiumAvailable.chromium().toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-extensions", "--no-first-run", "--window-size=1400,1000");
        browser = startedChromium(options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** On a busy machine Chromium can miss chromedriver's start-up deadline once: a fresh profile and another try. */
    private static WebDriver startedChromium(ChromeOptions options) throws IOException {
        SessionNotCreatedException lastFailure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            FileSystemUtils.deleteRecursively(profile);
            profile = Files.createTempDirectory("workspace-browser-test");
            try {
                return new ChromeDriver(new ChromeDriverService.Builder()
                        .usingDriverExecutable(ChromiumAvailable.chromedriver().toFile()).usingAnyFreePort().build(),
                        new ChromeOptions().merge(options).addArguments("--user-data-dir=" + profile));
            } catch (SessionNotCreatedException e) {
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void callCenterAgentStartsACancellationSeesWhyAndCompletesTheRetentionOfferThroughItsForm() throws IOException {
        String name = jdbc.sql("SELECT name FROM cvm.customer WHERE id = ?").param(CUSTOMER).query(String.class).single();
        open("/login");
        screenshot("01-login");
        signIn("agent");

        // find the customer by name from the search box every page has ("/" jumps there)
        browser.findElement(By.tagName("body")).sendKeys("/");
        browser.switchTo().activeElement().sendKeys(name, Keys.ENTER);
        waitFor(By.id("results"));
        screenshot("02-search");
        browser.findElement(By.linkText(name)).click();

        // start a cancellation through the intake
        waitFor(By.id("start-heading"));
        browser.findElement(By.cssSelector("#start-CANCELLATION_REQUEST summary")).click();
        new Select(browser.findElement(By.id("CANCELLATION_REQUEST-reason"))).selectByValue("PRICE");
        browser.findElement(By.cssSelector("#start-CANCELLATION_REQUEST button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText())
                .isEqualTo("Cancellation request: Cancellation & Winback started.");
        assertThat(browser.findElement(By.cssSelector(".journeys")).getText()).contains("Cancellation & Winback at Present retention offer");
        screenshot("03-customer");

        // the task, with the customer and the next best actions beside it, each with its reason
        browser.findElement(By.linkText("Present retention offer")).click();
        waitFor(By.id("task-form"));
        List<WebElement> reasons = browser.findElements(By.cssSelector(".nba .action .reason"));
        assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(reason.getText()).isNotBlank());
        assertThat(browser.findElement(By.cssSelector(".nba")).getText()).contains("For a cancellation request in the call center")
                .doesNotContain("CANCELLATION_REQUEST", "CALL_CENTER", "score");
        // what was not offered is named as people call it, the id kept for who needs it
        assertThat(browser.findElements(By.cssSelector(".nba .suppressed li strong"))).isNotEmpty()
                .allSatisfy(action -> assertThat(action.getText()).isNotEqualTo(action.getDomAttribute("title")));
        assertThat(browser.findElement(By.id("customer-heading")).getText()).contains(name);
        screenshot("04-task");

        // an invalid submission keeps what was typed and says what to fix
        WebElement discount = browser.findElement(By.id("field-discountPercent"));
        discount.clear();
        discount.sendKeys("80");
        browser.findElement(By.id("field-agentNote")).sendKeys("Wants a better price");
        browser.findElement(By.id("field-agentNote")).sendKeys(Keys.CONTROL, Keys.ENTER);
        assertThat(waitFor(By.id("form-errors")).getText()).isEqualTo("2 fields need attention: nothing was saved.");
        assertThat(browser.findElement(By.id("error-discountPercent")).getText()).isEqualTo("Must be at most 50.");
        assertThat(browser.findElement(By.id("error-offerResponse")).getText()).isEqualTo("Choose one: this is required.");
        assertThat(browser.findElement(By.id("field-discountPercent")).getDomProperty("value")).isEqualTo("80");
        assertThat(browser.findElement(By.id("field-agentNote")).getDomProperty("value")).isEqualTo("Wants a better price");
        assertThat(browser.switchTo().activeElement().getDomAttribute("name")).isEqualTo("offerResponse");
        screenshot("05-task-invalid");

        // corrected, it completes
        browser.findElement(By.cssSelector("label[for=field-offerResponse-0]")).click();
        discount = browser.findElement(By.id("field-discountPercent"));
        discount.clear();
        discount.sendKeys("10");
        browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("Done: \u201cPresent retention offer\u201d is completed.");
        screenshot("06-queue");
        var completed = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(CUSTOMER)
                .taskDefinitionKey("Task_PresentRetentionOffer").finished().singleResult();
        assertThat(completed.getAssignee()).isEqualTo("agent");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(completed.getProcessInstanceId())
                .variableName("offerResponse").singleResult().getValue()).isEqualTo("ACCEPTED");
    }

    @Test
    void storeAgentDoesNotSeeCallCenterTasks() throws IOException {
        Task callCenterTask = taskOfANewJourney("browser-" + CUSTOMER + "-store", "CUST-000322",
                MomentType.CANCELLATION_REQUEST, Map.of("reason", "PRICE"));

        signedInAs("store");
        open("/tasks");
        waitFor(By.tagName("h1"));
        assertThat(browser.findElements(By.cssSelector("[data-task-id='" + callCenterTask.getId() + "']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".tabs a"))).extracting(WebElement::getText)
                .containsExactly("All my teams", "Store");
        screenshot("07-store-queue");

        open("/tasks/" + callCenterTask.getId());
        assertThat(waitFor(By.cssSelector(".alert[role=alert]")).getText()).contains("belongs to another team");
        assertThat(taskService.createTaskQuery().taskId(callCenterTask.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aFieldTheFormHidesAppearsOnlyWhenItsAnswerIsChosenAndIsNeverRequiredWhileHidden() throws IOException {
        Task call = taskService.createTaskQuery().taskDefinitionKey("Task_CallCustomer").list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("the demo moves overdue invoices to the agent's call"));
        signedInAs("agent");
        open("/tasks/" + call.getId());
        waitFor(By.id("task-form"));
        WebElement notice = browser.findElement(By.cssSelector(".nba .action[data-action-id=DUNNING_REMINDER]"));
        assertThat(notice.findElements(By.tagName("button"))).as("a notice is given, not accepted or declined").isEmpty();
        assertThat(notice.getText()).contains("A notice: tell the customer.");
        // the customer's answer is recorded in place: what the agent typed in the task form stays
        browser.findElement(By.id("field-agentNote")).sendKeys("Agreed to look at a plan");
        browser.findElement(By.cssSelector(".nba .action[data-action-id=PAYMENT_PLAN] button[value=ACCEPTED]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".nba .action[data-action-id=PAYMENT_PLAN] .answer-state"), "Recorded: accepted. Correct it:"));
        assertThat(browser.findElement(By.cssSelector(".nba .answer-status")).getText()).startsWith("Recorded: Pay the overdue amount in instalments \u2014 accepted.");
        assertThat(browser.findElement(By.id("field-agentNote")).getDomProperty("value")).isEqualTo("Agreed to look at a plan");
        By promisedDate = By.cssSelector(".field[data-key=promisedDate]");
        assertThat(browser.findElement(promisedDate).isDisplayed()).as("no promise yet, no date to ask").isFalse();

        browser.findElement(By.cssSelector("label[for=field-customerResponse-0]")).click();
        assertThat(waitFor(promisedDate).getText()).contains("Promised payment date");
        screenshot("08-call-promise");
        // a promise to pay in the past is refused, with what was entered kept
        WebElement date = browser.findElement(By.id("field-promisedDate"));
        assertThat(date.getDomAttribute("min")).isEqualTo(TestClock.today().toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2020-01-01'", date);
        browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();
        assertThat(waitFor(By.id("error-promisedDate")).getText())
                .isEqualTo("Choose today (" + TestClock.today() + ") or a later day.");
        assertThat(browser.findElement(By.id("field-promisedDate")).getDomProperty("value")).isEqualTo("2020-01-01");
        browser.findElement(By.cssSelector("label[for=field-customerResponse-3]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(promisedDate));

        browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText())
                .isEqualTo("Done: \u201cCall the customer about the overdue invoice\u201d is completed.");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(call.getProcessInstanceId())
                .variableName("customerResponse").singleResult().getValue()).isEqualTo("UNREACHABLE");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(call.getProcessInstanceId())
                .variableName("promisedDate").count()).as("a hidden field stores nothing").isZero();
    }

    @Test
    void cxTriagesAComplaintByPickingTheActionItTracesBackToFromTheCatalogByName() throws IOException {
        Task triage = taskOfANewJourney("browser-complaint", "CUST-000323", MomentType.COMPLAINT_SUBMITTED,
                Map.of("text", "Texts about a fibre bundle every night"));
        String journey = triage.getProcessInstanceId();
        signedInAs("cx");
        open("/tasks/" + triage.getId());
        waitFor(By.id("task-form"));
        By linkedAction = By.cssSelector(".field[data-key=linkedAction]");
        assertThat(browser.findElement(linkedAction).isDisplayed()).as("no CVM cause yet, no action to name").isFalse();
        assertThat(browser.findElements(By.cssSelector(".nba button[value=ACCEPTED]"))).as("CX records no offer answers").isEmpty();

        new Select(browser.findElement(By.id("field-category"))).selectByValue("OFFERS");
        browser.findElement(By.cssSelector("label[for=field-severity-1]")).click();
        new Select(browser.findElement(By.id("field-rootCause"))).selectByValue("CVM_OFFER");
        Select action = new Select(waitFor(By.id("field-linkedAction")));
        // a pick-list of the catalog by name: no id to type, so no typo to lose the complaint loop
        String bundle = "Add home fibre to the mobile plan, 15% off both (Up-sell & cross-sell)";
        assertThat(action.getOptions()).extracting(WebElement::getText).contains(bundle)
                .noneMatch(label -> label.matches(".*([A-Z0-9]+_[A-Z0-9_]+|\\([a-z]+-[a-z-]+\\)).*"));
        action.selectByVisibleText(bundle);
        screenshot("10-triage");
        browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();

        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("Done: \u201cTriage complaint\u201d is completed.");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(journey).variableName("linkedAction")
                .singleResult().getValue()).isEqualTo("HOME_BROADBAND_BUNDLE");
        assertThat(jdbc.sql("SELECT linked_action_id FROM cvm.complaint WHERE customer_id = 'CUST-000323'").query(String.class)
                .list()).contains("HOME_BROADBAND_BUNDLE");
    }

    @Test
    void reopeningATaskShowsTheSameOffersOnceAndASecondClickOnAnAnswerCountsNothing() throws IOException {
        Task offer = taskOfANewJourney("browser-counting", "CUST-000317", MomentType.CANCELLATION_REQUEST,
                Map.of("reason", "PRICE"));
        signedInAs("agent");
        for (int visit = 0; visit < 3; visit++) {
            open("/tasks/" + offer.getId());
            waitFor(By.id("task-form"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_decision WHERE presented_in = ?").param("task:" + offer.getId())
                .query(Long.class).single()).as("three views, one presentation").isOne();

        WebElement first = browser.findElement(By.cssSelector(".nba .action:has(button[value=ACCEPTED])"));
        String actionId = first.getDomAttribute("data-action-id");
        By accepted = By.cssSelector(".nba .action[data-action-id=" + actionId + "] button[value=ACCEPTED]");
        By status = By.cssSelector(".nba .answer-status");
        browser.findElement(accepted).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(status, "Recorded:"));
        browser.findElement(accepted).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(status,
                "Nothing was counted twice."));
        assertThat(browser.findElement(status).getText()).startsWith("Already recorded: ").endsWith(" \u2014 accepted. Nothing was counted twice.");
        screenshot("11-answered-twice");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.contact_history WHERE customer_id = 'CUST-000317' AND action_id = ?")
                .param(actionId).query(Long.class).single()).as("one contact, however many clicks").isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cvm.nba_offer o JOIN cvm.nba_decision d ON d.id = o.decision_id"
                        + " WHERE d.presented_in = ? AND o.action_id = ? AND o.outcome = 'ACCEPTED'")
                .params("task:" + offer.getId(), actionId).query(Long.class).single()).isOne();
    }

    @Test
    void anAnalystReadsTheCustomerPageButFindsNoAnswerButtonsAndNoJourneyToStart() throws IOException {
        signedInAs("analyst");
        open("/customers/" + CUSTOMER);
        waitFor(By.id("customer-heading"));
        assertThat(browser.findElements(By.cssSelector(".nba .action"))).as("the proposals, to read").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".nba form.answer"))).as("no answer to record").isEmpty();
        assertThat(browser.findElements(By.id("start-heading"))).as("no journey to start").isEmpty();
        screenshot("12-analyst-customer");
    }

    @Test
    void anUnknownPageOrAnUnreadablePeriodIsAPlainPageWithAWayBackAndOnlyTheLinksTheRoleMayUse() throws IOException {
        signedInAs("store");
        open("/no-such-page");
        assertThat(waitFor(By.id("error-heading")).getText()).isEqualTo("There is no such page");
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Tasklist").doesNotContain("Cockpit", "Admin");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel", "Exception");
        browser.findElement(By.linkText("Your queue")).click();
        waitFor(By.cssSelector(".tabs"));

        browser.manage().deleteAllCookies();
        signedInAs("manager");
        open("/kpi?from=garbage");
        assertThat(waitFor(By.id("error-heading")).getText()).isEqualTo("Something in the address or the form is not right");
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Cockpit").doesNotContain("Admin");
        screenshot("13-error-page");
    }

    @Test
    void aManagerPausesAnActionOnTheModelsPageWithAReasonAndResumesItButANoticeOffersNoPause() throws IOException {
        signedInAs("manager");
        open("/models");
        WebElement tip = waitFor(By.id("action-USAGE_TIP"));
        assertThat(browser.findElement(By.id("action-DUNNING_REMINDER")).getText()).contains("Required by law or contract: always sent");
        assertThat(browser.findElements(By.cssSelector("#action-DUNNING_REMINDER button"))).isEmpty();

        tip.findElement(By.name("reason")).sendKeys("Customers find the tip patronising");
        tip.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("Paused: Tip: how to keep track of data usage in the app.");
        tip = browser.findElement(By.id("action-USAGE_TIP"));
        assertThat(tip.getText()).contains("Paused", "manager", "Customers find the tip patronising");
        screenshot("14-models-paused");

        tip.findElement(By.name("reason")).sendKeys("Reworded the tip");
        tip.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("Resumed: Tip: how to keep track of data usage in the app.");
        assertThat(browser.findElement(By.id("action-USAGE_TIP")).findElement(By.cssSelector("button[type=submit]")).getText())
                .isEqualTo("Pause");
    }

    @Test
    void aManagerOpensTheScorecardFromTheMenuAndPicksAPeriodTheChartsAndTheCsvFollow() throws IOException {
        signedInAs("manager");
        browser.findElement(By.linkText("Scorecard")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Scorecard: every program");
        assertThat(browser.findElement(By.cssSelector(".headline")).getText())
                .contains("Churn", "Customers kept", "Revenue added", "Customer experience", "Cost and ROI");

        WebElement from = browser.findElement(By.name("from"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-10-01';"
                + " document.getElementsByName('to')[0].value = '2026-10-31';", from);
        browser.findElement(By.cssSelector("form.period button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("from=2026-10-01"));
        assertThat(browser.findElement(By.linkText("Download CSV")).getAttribute("href"))
                .endsWith("/kpi/scorecard.csv?from=2026-10-01&to=2026-10-31");
        // October's weeks from Monday 28 September to Monday 26 October, between the cause and the total
        assertThat(browser.findElements(By.cssSelector("table.root-causes thead th"))).hasSize(5 + 2);
        Object drawn = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return window.Chart && Chart.getChart('chart-root-causes') ? true : null;"));
        assertThat(drawn).isEqualTo(true);
        screenshot("15-scorecard");
    }

    @Test
    void aManagerDefinesAProgramWithATargetASecondManagerApprovesItAndTheKpiPageJudgesTargets() throws IOException {
        signedInAs("manager");
        browser.findElement(By.linkText("Programs")).click();
        waitFor(By.linkText("Define a program")).click();
        waitFor(By.name("id")).sendKeys("store-appointments");
        browser.findElement(By.name("name")).sendKeys("Store appointments");
        browser.findElement(By.name("purpose")).sendKeys("Book store visits for customers who need help in person.");
        browser.findElement(By.name("owner")).sendKeys("Retail lead");
        browser.findElement(By.name("businessOutcomes")).sendKeys("Fewer walk-ins waiting\nMore sales per visit");
        browser.findElement(By.name("customerOutcomes")).sendKeys("Served at the time they chose");
        new Select(browser.findElement(By.name("kpis[0].measure"))).selectByVisibleText("tNPS");
        browser.findElement(By.name("kpis[0].baseline")).sendKeys("10");
        browser.findElement(By.name("kpis[0].target")).sendKeys("35");
        browser.findElement(By.name("reason")).sendKeys("Stores asked for it");
        browser.findElement(By.cssSelector("form.program-form button[type=submit]")).click();

        // no date for the target: the form comes back as typed, saying what to fix
        assertThat(waitFor(By.cssSelector(".alert[role=alert]")).getText()).contains("a target needs the date to reach it by");
        assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("Store appointments");
        assertThat(browser.findElement(By.name("kpis[0].target")).getAttribute("value")).isEqualTo("35");
        ((JavascriptExecutor) browser).executeScript("document.getElementsByName('kpis[0].targetBy')[0].value = '2027-06-30';");
        browser.findElement(By.cssSelector("form.program-form button[type=submit]")).click();

        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("Defined \u201cStore appointments\u201d as a draft");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Draft");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("tNPS 10 on Nov 23, 2026 35 by Jun 30, 2027");
        approve("Looks right to me");
        assertThat(waitFor(By.cssSelector(".alert[role=alert]")).getText()).contains("A second manager approves a program");
        screenshot("16-program-draft");

        browser.manage().deleteAllCookies();
        signedInAs("admin");
        open("/programs/store-appointments");
        approve("Approved in the weekly program review");
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("is approved now");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Approved");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("admin", "Approved in the weekly program review",
                "manager", "Stores asked for it");

        open("/kpi?program=cancellation-winback");
        WebElement targets = waitFor(By.cssSelector("section.targets"));
        // the tests' engine has no journeys of the demo's past: targets set, nothing to judge yet
        assertThat(targets.getText()).contains("Save rate – no ended journeys yet", "no figure yet", "watched: no target set");
        Object drawn = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return window.Chart && Chart.getChart('chart-target-0') ? true : null;"));
        assertThat(drawn).isEqualTo(true);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", targets);
        screenshot("17-kpis-against-targets");
    }

    @Test
    void aManagerPreviewsALeverChangeOverTheLastDecisionsThenAppliesItAndItIsInForce() throws IOException {
        signedInAs("manager");
        browser.findElement(By.linkText("Levers")).click();
        WebElement smsCap = waitFor(By.name("cap.SMS"));
        assertThat(smsCap.getAttribute("value")).isEqualTo("2");
        smsCap.clear();
        smsCap.sendKeys("1");
        browser.findElement(By.name("weight.referral")).sendKeys("2");
        browser.findElement(By.name("reason")).sendKeys("Fewer SMS after opt-outs rose");
        browser.findElement(By.cssSelector("button[formaction$='/levers/preview']")).click();

        assertThat(waitFor(By.id("preview")).getText()).contains("Preview: the last 7 days", "decisions");
        // the proposal stays in the form, to apply as previewed
        assertThat(browser.findElement(By.name("cap.SMS")).getAttribute("value")).isEqualTo("1");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('preview').scrollIntoView();");
        screenshot("18-levers-preview");
        browser.findElement(By.cssSelector("form.levers-form button:not([formaction])")).click();

        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).startsWith("Saved as version 1, in force now");
        assertThat(browser.findElement(By.name("cap.SMS")).getAttribute("value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("history")).getText()).contains("manager", "Fewer SMS after opt-outs rose",
                "in force", "configuration");
    }

    @Test
    void aManagerPreparesACampaignSeesTheDryRunASecondManagerLaunchesItAndTheFirstStopsIt() throws IOException {
        signedInAs("manager");
        browser.findElement(By.linkText("Campaigns")).click();
        waitFor(By.linkText("Prepare a campaign")).click();
        waitFor(By.name("name")).sendKeys("Unlimited for high-value customers");
        new Select(browser.findElement(By.name("actionId"))).selectByValue("PLAN_UPGRADE");
        browser.findElement(By.cssSelector("input[name=segments][value=HIGH_VALUE]")).click();
        browser.findElement(By.name("message")).sendKeys("our Unlimited plan is yours for the price of Plus until March.");
        WebElement holdout = browser.findElement(By.name("holdoutPercent"));
        holdout.clear();
        holdout.sendKeys("80");
        browser.findElement(By.name("reason")).sendKeys("Christmas upgrade push");
        browser.findElement(By.cssSelector("form.campaign-form button[type=submit]")).click();

        // a control group larger than half: the form comes back as typed, saying what to fix
        assertThat(waitFor(By.cssSelector(".alert[role=alert]")).getText()).contains("The holdout is 0 to 50");
        assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("Unlimited for high-value customers");
        assertThat(browser.findElement(By.cssSelector("input[name=segments][value=HIGH_VALUE]")).isSelected()).isTrue();
        holdout = browser.findElement(By.name("holdoutPercent"));
        holdout.clear();
        holdout.sendKeys("10");
        browser.findElement(By.cssSelector("form.campaign-form button[type=submit]")).click();

        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("as a draft: a second manager approves");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).startsWith("Draft");
        browser.findElement(By.linkText("Dry run now")).click();
        String dryRun = waitFor(By.cssSelector(".dry-run")).getText();
        assertThat(dryRun).contains("customers in the segment", "held out as the control group", "would get the offer");
        screenshot("19-campaign-dry-run");
        WebElement approval = browser.findElement(By.cssSelector("form[action$='/approval']"));
        approval.findElement(By.name("reason")).sendKeys("Mine, so I may not");
        approval.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".alert[role=alert]")).getText()).contains("A second manager approves a campaign");
        String campaignPage = browser.getCurrentUrl();

        browser.manage().deleteAllCookies();
        signedInAs("admin");
        browser.get(campaignPage);
        approval = waitFor(By.cssSelector("form[action$='/approval']"));
        approval.findElement(By.name("reason")).sendKeys("Audience and message checked");
        approval.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("is scheduled and sends from");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Scheduled");

        browser.manage().deleteAllCookies();
        signedInAs("manager");
        browser.get(campaignPage);
        WebElement stop = waitFor(By.cssSelector("form[action$='/stop']"));
        stop.findElement(By.name("reason")).sendKeys("Sales moved the offer to January");
        stop.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("nothing more goes out");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Stopped");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not contacted: campaign stopped",
                "Sales moved the offer to January", "Audience and message checked", "Christmas upgrade push")
                .doesNotContain("Stop the campaign");
        screenshot("20-campaign-stopped");
    }

    @Test
    void anAnalystPutsLearnedPropensitiesInForceAndTheStoreReadsWhatSimilarCustomersAnswered() throws IOException {
        KnownAnswers history = new KnownAnswers(nextBestActions, jdbc);
        history.answered(KnownAnswers.BUNDLE, 5, 95);
        history.answered(KnownAnswers.REWARD, 80, 20);
        try {
            signedInAs("analyst");
            browser.findElement(By.linkText("Propensities")).click();
            waitFor(By.name("reason")).sendKeys("The store pilot's answers are in");
            browser.findElement(By.cssSelector("form[action$='/propensities/learning'] button[type=submit]")).click();
            assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("waits for the analytics team's review");
            screenshot("21-propensities-waiting");

            browser.findElement(By.linkText("open the review")).click();
            WebElement moves = waitFor(By.id("field-shiftSummary"));
            assertThat(moves.getDomProperty("value"))
                    .contains("Loyalty reward: a free month of streaming · High value · the store: 25 → 71 %");
            assertThat(Integer.parseInt(moves.getDomAttribute("rows"))).as("the figures show without scrolling a small box")
                    .isGreaterThanOrEqualTo((int) moves.getDomProperty("value").lines().count());
            assertThat(browser.findElement(By.id("field-learningReason")).getDomProperty("value"))
                    .isEqualTo("The store pilot's answers are in");
            browser.findElement(By.cssSelector("label[for=field-reviewDecision-0]")).click();
            browser.findElement(By.id("field-reviewFindings")).sendKeys("The bundle's declines come from customers with fibre");
            screenshot("22-propensities-review");
            browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();
            assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("is completed");

            browser.findElement(By.linkText("Propensities")).click();
            assertThat(waitFor(By.tagName("main")).getText()).contains("· In force", "Decided by analyst",
                    "The bundle's declines come from customers with fibre");

            browser.manage().deleteAllCookies();
            signedInAs("store");
            open("/customers/" + history.newCustomer());
            List<WebElement> offers = waitFor(By.cssSelector(".nba")).findElements(By.cssSelector(".action"));
            assertThat(offers.get(0).getDomAttribute("data-action-id")).as("the reward now goes first")
                    .isEqualTo(KnownAnswers.REWARD);
            assertThat(offers.get(0).findElement(By.cssSelector(".learned")).getText())
                    .isEqualTo("Accepted by 80 % of similar customers, 100 answers");
            screenshot("23-offer-with-what-similar-customers-answered");
        } finally {
            // the other scenarios rank with the table's propensities
            jdbc.sql("UPDATE cvm.propensity_snapshot SET status = 'SUPERSEDED' WHERE status = 'IN_FORCE'").update();
        }
    }

    @Test
    void aManagersNewDecisionTableGoesLiveThroughAnalyticsAndTheChannelTeam() throws IOException {
        Path upload = Files.createTempDirectory("change").resolve("winback-window.dmn");
        Files.writeString(upload, Files.readString(Path.of("dmn/winback-window.dmn")).replaceFirst("<text>30</text>",
                "<text>28</text>"));
        signedInAs("manager");
        browser.findElement(By.linkText("Models")).click();
        waitFor(By.cssSelector("#table-winbackWindow a[href*='/changes?kind=DECISION_TABLE']")).click();
        assertThat(new Select(waitFor(By.id("change-subject"))).getFirstSelectedOption().getText()).isEqualTo("Winback window");
        browser.findElement(By.id("change-file")).sendKeys(upload.toString());
        browser.findElement(By.cssSelector("input[name=channels][value=EMAIL]")).click();
        browser.findElement(By.id("change-reason")).sendKeys("Price leavers compare offers for four weeks: meet them at 28 days");
        screenshot("24-change-proposed");
        browser.findElement(By.cssSelector("form.change-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("the analytics team reviews it first");
        String changePage = browser.getCurrentUrl();
        assertThat(waitFor(By.tagName("main")).getText()).contains("Review the change's evidence", "for Analytics",
                "Rules: 4 in the live version 1, 4 in the new one.");

        browser.manage().deleteAllCookies();
        signedInAs("analyst");
        open("/tasks");
        waitFor(By.partialLinkText("Review the change's evidence")).click();
        assertThat(waitFor(By.id("field-evidenceSummary")).getDomProperty("value")).contains("Channels the channel team"
                + " approves: EMAIL.");
        browser.findElement(By.cssSelector("label[for=field-stepDecision-0]")).click();
        browser.findElement(By.id("field-stepFindings")).sendKeys("Most price leavers who came back answered in week four");
        screenshot("25-change-reviewed-by-analytics");
        browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("is completed");

        browser.manage().deleteAllCookies();
        signedInAs("channel");
        open("/tasks");
        waitFor(By.partialLinkText("Approve the content and schedule: EMAIL")).click();
        assertThat(waitFor(By.id("field-channelEvidence")).getDomProperty("value")).contains("Named by manager.",
                "The channel takes 100000 a day.", "Quiet hours 21:00 to 08:00");
        browser.findElement(By.cssSelector("label[for=field-stepDecision-0]")).click();
        browser.findElement(By.id("field-stepFindings")).sendKeys("Winback e-mail moves two days earlier; template unchanged");
        screenshot("26-change-approved-for-email");
        browser.findElement(By.cssSelector("#task-form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).contains("is completed");

        // the channel gave no later day: the job executor puts it live now
        String journey = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("model-change")
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
        EngineClock.runDueJobs(managementService, journey);
        browser.manage().deleteAllCookies();
        signedInAs("manager");
        browser.get(changePage);
        assertThat(waitFor(By.tagName("main")).getText()).contains("Live", "Deployed as version 2 of Winback window",
                "approved by analyst (analytics-team), channel (channel-team, EMAIL)", "Most price leavers who came back");
        screenshot("27-change-live");
    }

    private void approve(String why) {
        WebElement status = waitFor(By.cssSelector("form[action$='/status']"));
        status.findElement(By.name("reason")).sendKeys(why);
        status.findElement(By.cssSelector("button[value=APPROVED]")).click();
    }

    @Test
    void signingOutInsideTasklistLandsOnTheOneLoginPageWhereTheSamePasswordWorks() throws IOException {
        signedInAs("agent");
        open("/camunda/app/tasklist/default/");
        waitFor(By.cssSelector("li.account .dropdown-toggle")).click();
        waitFor(By.cssSelector("li.logout a")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(waitFor(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("You have signed out.");
        screenshot("09-signed-out-of-tasklist");
        signIn("agent");
        open("/camunda/app/tasklist/default/");
        assertThat(waitFor(By.cssSelector("li.account .dropdown-toggle")).getText()).isEqualTo("Arun Agent");
    }

    @Test
    void aSessionThatEndsInsideTasklistSignsInOnTheOneLoginPageAndReturnsToTasklist() {
        signedInAs("agent");
        open("/camunda/app/tasklist/default/");
        waitFor(By.cssSelector("li.account .dropdown-toggle"));
        browser.manage().deleteAllCookies();
        // what Tasklist does when its next call is refused: its own login form, here never shown
        ((JavascriptExecutor) browser).executeScript("window.location.hash = '#/login'");

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/camunda/");
        signIn("agent", By.cssSelector("li.account .dropdown-toggle"));
        assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/default/");
    }

    /** A journey the moment starts through the intake, as a call-center system hands it in, and its first task. */
    private Task taskOfANewJourney(String eventId, String customerId, MomentType type, Map<String, Object> data) {
        String journey = intake.receive(new Moment(eventId, customerId, type, Channel.CALL_CENTER, TestClock.now(), data))
                .processInstanceId();
        return taskService.createTaskQuery().processInstanceId(journey).singleResult();
    }

    /** Signs in through the login page, landing on the workspace. */
    private void signedInAs(String user) {
        open("/login");
        signIn(user);
    }

    private void signIn(String user) {
        signIn(user, By.id("header-search"));
    }

    private void signIn(String user, By landed) {
        // the login page may still be arriving (Tasklist hands over to it by a redirect): type into the one that stays
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.and(
                ExpectedConditions.urlContains("/login"), ExpectedConditions.elementToBeClickable(By.id("username"))));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(landed));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
