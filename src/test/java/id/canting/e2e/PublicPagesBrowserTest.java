package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;

/**
 * Issue 19, a visitor of the public dashboard on a national day, in a real browser: the page (served
 * from its rendered copy) draws its charts with a stylesheet and scripts at versioned addresses, which
 * the browser then keeps instead of fetching them again on the next page; and when the registry
 * changes, reloading shows the new figure at once. The change commits (the browser reads from another
 * thread) and is undone at the end.
 */
@CantingTest
class PublicPagesBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	IkmManagement ikms;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The IKM whose status this test turns off and on again (committed: its version moves): the last
	 * one outside a sentra, outside the provinces the other tests work in, which none reads by position.
	 */
	static final String LEAST_USED_IKM = "select max(id) from ikm where status = 'ACTIVE' and sentra_id is null and province_code not in ('33', '35')";

	@Test
	void theDashboardIsLiveAfterAChangeAndItsVersionedFilesAreKeptByTheBrowser() {
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(url("/"));
		chartsDrawn();
		long ikm = ikmFigure();
		@SuppressWarnings("unchecked")
		List<String> files = (List<String>) script("""
				return performance.getEntriesByType('resource').map(function (e) { return e.name; })
				  .filter(function (n) { return n.indexOf('/css/') > 0 || n.indexOf('/js/') > 0 || n.indexOf('/webjars/') > 0; });""");
		assertThat(files).anySatisfy(f -> assertThat(f).matches(".*/css/canting-[0-9a-f]{32}\\.css"))
			.anySatisfy(f -> assertThat(f).matches(".*/js/canting-[0-9a-f]{32}\\.js"))
			.anySatisfy(f -> assertThat(f).matches(".*/webjars/echarts/\\d[^/]*/dist/echarts\\.min\\.js"));

		// the next page takes the stylesheet and scripts from the browser's cache: nothing transferred
		driver.get(url("/open-data"));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main")));
		@SuppressWarnings("unchecked")
		List<Long> transferred = (List<Long>) script("""
				return performance.getEntriesByType('resource')
				  .filter(function (e) { return /-[0-9a-f]{32}\\.(css|js)$/.test(e.name) || e.name.indexOf('/webjars/') > 0; })
				  .map(function (e) { return e.transferSize; });""");
		assertThat(transferred).isNotEmpty().containsOnly(0L);

		IkmId changed = new IkmId(jdbc.sql(LEAST_USED_IKM).query(Long.class).single());
		ikms.deactivate(Actor.SYSTEM, changed);
		try {
			driver.get(url("/"));
			chartsDrawn();
			assertThat(ikmFigure()).isEqualTo(ikm - 1);
			browser.screenshot("public-dashboard-after-a-change");
		}
		finally {
			ikms.activate(Actor.SYSTEM, changed);
		}
		driver.navigate().refresh();
		chartsDrawn();
		assertThat(ikmFigure()).isEqualTo(ikm);
	}

	private void chartsDrawn() {
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("[data-chart-for=table-province][data-chart-ready='true']")));
	}

	private long ikmFigure() {
		return Long.parseLong(browser.text(By.cssSelector("#figure-ikm .value")).replace(".", ""));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
