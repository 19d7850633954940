package io.microscout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The marketer's journey in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium): sign in,
 * import, write a brief, discover, open a creator, build and save a plan, export it. A screenshot per step goes
 * to target/screenshots/. Without Chromium the test skips, except in CI (CI=true), where it fails.
 */
class BrowserJourneyTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path dir;

    static ServerFixture s;
    static WebDriver browser;
    static int step;

    @BeforeAll
    static void start() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI: Chromium is missing (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "no Chromium at " + CHROMIUM + " / " + DRIVER + ": browser journey skipped");
        s = new ServerFixture(dir);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, o);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (s != null) {
            s.close();
        }
    }

    static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path to = SHOTS.resolve(String.format("%02d-%s.png", ++step, name));
        Files.copy(f.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("screenshot: " + to.toAbsolutePath());
    }

    static WebElement id(String id) {
        return browser.findElement(By.id(id));
    }

    static void type(String id, String text) {
        WebElement e = id(id);
        e.clear();
        e.sendKeys(text);
    }

    static WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void signInImportBriefDiscoverCreatorPlanSaveExport() throws Exception {
        String base = s.server.url();
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/signin");
        type("email", "alice@brand-a.test");
        type("password", ServerFixture.PASSWORD);
        shot("sign-in");
        id("password").submit();
        await().until(d -> d.getCurrentUrl().endsWith("/discover"));

        // import: one creator with a hostile bio and one broken record, valid records kept
        browser.get(base + "/w/" + s.brandA.id() + "/imports");
        Path csv = dir.resolve("new-creators.csv");
        Files.writeString(
                csv,
                "platform,handle,name,bio,followers\ninstagram,journey.glow,Journey Glow,"
                        + "\"<script>alert('x')</script> vegan skincare\",8000\ninstagram,bad.row,Bad,x,12k?\n");
        id("files").sendKeys(csv.toAbsolutePath().toString());
        id("skipInvalid").click();
        id("import-button").click();
        await().until(d -> d.getPageSource().contains("· done"));
        assertThat(browser.findElement(By.cssSelector(".problems li")).getText())
                .contains("followers");
        shot("import-done-with-problem");

        // brief form -> discovery results with components and reasons
        browser.get(base + "/w/" + s.brandA.id() + "/discover");
        type("brand", "Verdant Test");
        type("product", "vegan skincare serum");
        type("keywords", "skincare, serum");
        type("niches", "beauty");
        type("minFollowers", "1000");
        type("maxFollowers", "1000000");
        type("budget", "lots");
        id("discover-button").click();
        await().until(d -> !d.findElements(By.id("brief-error")).isEmpty()); // the page comes back from the server
        assertThat(id("brief-error").getText()).contains("budget");
        assertThat(id("budget").getAttribute("aria-invalid")).isEqualTo("true");
        shot("brief-error-names-the-field");
        type("budget", "5000");
        type("name", "journey-brief");
        id("discover-button").click();
        await().until(d -> !d.findElements(By.id("results")).isEmpty());
        List<WebElement> cards = browser.findElements(By.cssSelector(".results .card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).getText()).contains("relevance");
        shot("discovery-results");

        // a creator's page: charts, authenticity, prices
        cards.get(0).findElement(By.cssSelector("h3 a")).click();
        await().until(d -> !d.findElements(By.id("auth-h")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("canvas[data-chart]"))).hasSize(2);
        assertThat(id("price-h").isDisplayed()).isTrue();
        shot("creator-page");

        // the hostile bio shows as text, no script ran
        browser.get(base + "/w/" + s.brandA.id() + "/creators/instagram:journey.glow");
        assertThat(browser.findElement(By.cssSelector(".bio")).getText()).contains("<script>alert('x')</script>");
        shot("hostile-bio-escaped");

        // plan builder with the saved brief, saved under a name
        browser.get(base + "/w/" + s.brandA.id() + "/plan");
        new Select(id("briefId")).selectByVisibleText("journey-brief");
        type("plan-budget", "4000");
        type("maxShare", "0.4");
        type("save", "journey-plan");
        id("plan-button").click();
        await().until(d -> !d.findElements(By.id("totals")).isEmpty());
        assertThat(id("totals").getText()).contains("conversions");
        assertThat(id("plan-message").getText()).contains("journey-plan");
        assertThat(browser.findElements(By.id("compare-chart"))).hasSize(1);
        shot("plan-with-totals-and-comparison");

        // saved plans and the export
        browser.get(base + "/w/" + s.brandA.id() + "/plans");
        assertThat(id("saved-plans").getText()).contains("journey-plan");
        shot("saved-plans");
        String href = browser.findElement(By.linkText("CSV")).getAttribute("href");
        var export = s.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                        .header("Authorization", "Bearer " + s.alice)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(export.body()).startsWith("platform,handle,deliverable,price,price_basis,reason");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("journey-plan.csv");
        var json = s.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href.replace("format=csv", "format=json")))
                        .header("Authorization", "Bearer " + s.alice)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(WebServer.JSON.readTree(json.body()).get("selections").size())
                .isPositive();
        browser.get(base + "/w/" + s.brandA.id() + "/plans/journey-plan");
        shot("saved-plan-shown");

        // phone width: the plan builder's form fits the viewport (one column)
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/w/" + s.brandA.id() + "/plan");
        shot("phone-width-plan");
        Number form = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('plan-form').getBoundingClientRect().right"
                        + " - window.innerWidth;");
        assertThat(form.doubleValue()).isLessThanOrEqualTo(0);
    }
}
