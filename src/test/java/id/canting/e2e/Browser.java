package id.canting.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for a test class, in Bahasa Indonesia. Register it with
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 *
 * <p>One Chromium (and one chromedriver) serves every browser test class of a run: starting them
 * costs about as much as a short test class, and there are more than a dozen classes. Before each
 * class the browser is put back to how a fresh one starts: no cookies, no cache, no site storage, a
 * blank page, the desk window size, no phone emulation, Indonesian. It is quit when the run ends (or,
 * should it have died, started again for the next class).
 *
 * <p>The driver and the browser are always the Debian packages at fixed paths: Selenium Manager is
 * never given a reason to look for (and download) anything. Without them the tests are skipped on a
 * developer machine, but fail on CI, where skipping silently would hide the whole browser suite.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Duration WAIT = Duration.ofSeconds(10);

	static final Duration POLL = Duration.ofMillis(50);

	/** The window a fresh browser has, which each class starts with. */
	static final Dimension DESK = new Dimension(1280, 1600);

	/** Screenshots land here, with the build output, so CI can keep them as artifacts. */
	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private ChromeDriver driver;

	@Override
	public void beforeAll(ExtensionContext context) {
		requireInstalledBrowser();
		// kept in the root store: closed (the browser quit) once the whole run is over
		Shared shared = context.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class))
			.computeIfAbsent(Shared.class, type -> new Shared(), Shared.class);
		driver = shared.freshDriver();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		driver = null;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Signs in on the login page as a demo account (password {@code canting-demo}), from a clean slate. */
	public void signIn(int port, String username) {
		driver.manage().deleteAllCookies();
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("canting-demo");
		driver.findElement(By.id("login-submit")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	/**
	 * An explicit wait of {@link #WAIT}: the tests wait for a condition, never for a fixed time. It
	 * looks every 50 ms (Selenium's default is 500 ms, which a page met a moment later pays in full).
	 */
	public WebDriverWait waiting() {
		return new WebDriverWait(driver, WAIT, POLL);
	}

	/** The text of an element, once it is visible. */
	public String text(By locator) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	/**
	 * The element has left the page (the page it was on is gone): like Selenium's {@code stalenessOf},
	 * but also when ChromeDriver, asked in the middle of the navigation, answers "does not belong to the
	 * document" instead of "stale element" — a race that faster page loads made show.
	 */
	public static ExpectedCondition<Boolean> stale(WebElement element) {
		return driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		};
	}

	/** Types a value over whatever the input held. */
	public static void replace(WebElement input, String value) {
		input.clear();
		input.sendKeys(value);
	}

	/**
	 * Saves the whole page, not only the visible window, as {@code target/browser-screenshots/name.png},
	 * through the DevTools protocol that chromedriver exposes.
	 */
	public Path screenshot(String name) {
		@SuppressWarnings("unchecked")
		Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void requireInstalledBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (installed) {
			return;
		}
		String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium and chromium-driver)";
		if ("true".equals(System.getenv("CI"))) {
			Assertions.fail("CI must run the browser tests: install Debian's chromium and chromium-driver. " + missing);
		}
		Assumptions.assumeTrue(false, missing + "; skipped.");
	}

	/** The run's one browser, with its profile folder; quit and deleted when the run's root store closes. */
	static final class Shared implements AutoCloseable {

		private ChromeDriver driver;
		private Path profile;

		/** The browser as a fresh one starts; a new one if the last class left it dead. */
		synchronized ChromeDriver freshDriver() {
			if (driver != null && !reset(driver)) {
				close();
			}
			if (driver == null) {
				start();
			}
			return driver;
		}

		private void start() {
			try {
				// A fresh profile: no cookies, cache or language choice left over from an earlier run.
				profile = Files.createTempDirectory("canting-chromium-");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=" + DESK.getWidth() + "," + DESK.getHeight(),
					"--user-data-dir=" + profile, "--lang=id");
			// --lang sets the interface; the Accept-Language header the site sees comes from this preference.
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			driver = new ChromeDriver(service, options);
			// A page that never finishes loading should fail the test, not hang the build for Selenium's default 5 minutes.
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		}

		/**
		 * What one class did to the browser undone, so the next starts as with a new one: back to a
		 * single blank tab, cookies, cache and every site's storage cleared, no emulated phone, the
		 * desk window. False if the browser no longer answers.
		 */
		private static boolean reset(ChromeDriver driver) {
			try {
				String first = null;
				for (String handle : driver.getWindowHandles()) {
					if (first == null) {
						first = handle;
					}
					else {
						driver.switchTo().window(handle).close();
					}
				}
				driver.switchTo().window(first);
				URI last = URI.create(driver.getCurrentUrl());
				if (last.getScheme() != null && last.getScheme().startsWith("http")) {
					// the site's local and session storage (htmx keeps its history there), service workers, databases
					driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
							last.getScheme() + "://" + last.getAuthority(), "storageTypes", "all"));
				}
				driver.get("about:blank");
				driver.manage().deleteAllCookies();
				driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
				driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
				driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
				driver.manage().window().setSize(DESK);
				return true;
			}
			catch (WebDriverException | IllegalArgumentException dead) {
				return false;
			}
		}

		@Override
		public synchronized void close() {
			try {
				if (driver != null) {
					driver.quit();
				}
			}
			catch (WebDriverException alreadyGone) {
				// nothing left to quit
			}
			finally {
				driver = null;
				deleteProfile();
			}
		}

		private void deleteProfile() {
			if (profile == null) {
				return;
			}
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException e) {
				// Only a temp directory left behind; not worth failing the tests for.
			}
			profile = null;
		}
	}
}
