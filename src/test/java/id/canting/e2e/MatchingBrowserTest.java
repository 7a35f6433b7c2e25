package id.canting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.account.AccountSessions;
import id.canting.event.EventCode;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.SessionInput;
import id.canting.event.registration.EventFixture;
import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.BuyerProfile;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.ParticipantRules;
import id.canting.matching.internal.agenda.AgendaTestData;
import id.canting.matching.internal.schedule.ScheduleSessions;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Issue 17's journey on a 360 px phone: the demo buyer finds the demo owner's IKM among the
 * recommendations, with the reasons, and asks for a meeting; the owner accepts it on "my matching";
 * the organiser builds the schedule on its page; both then see the meeting in their agenda, and the
 * buyer's calendar file holds it.
 */
@CantingTest
class MatchingBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	EventManagement events;

	@Autowired
	MatchingParticipants participants;

	@Autowired
	ScheduleSessions sessions;

	@Autowired
	AccountSessions accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void buyerAsksARecommendedSellerWhoAcceptsAndBothFindTheScheduledMeetingInTheirAgenda() {
		String code = "UJI-TB-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		long ownerIkm = accounts.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		long[] ids = transactions.execute(status -> matching(code, ownerIkm));
		String ikmName = jdbc.sql("select name from ikm where id = ?").param(ownerIkm).query(String.class).single();
		WebDriver driver = browser.driver();
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", false));
		try {
			browser.signIn(port, "buyer");
			driver.get(url("/events/" + code + "/matching/recommendations"));
			By seller = By.id("counterpart-" + ids[1]);
			assertThat(browser.text(seller)).as("the owner's IKM is recommended with its reasons")
				.contains(ikmName);
			assertThat(driver.findElements(By.cssSelector("#counterpart-" + ids[1] + " .reasons li"))).isNotEmpty();
			assertThat(width()).as("recommendations at 360 px").isLessThanOrEqualTo(360);
			driver.findElement(By.cssSelector("#counterpart-" + ids[1] + " input[name=preference][value=MUST_MEET]"))
				.click();
			driver.findElement(By.id("request-" + ids[1])).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sent-" + ids[0])));
			assertThat(browser.text(By.id("sent-" + ids[0]))).contains(ikmName);

			browser.signIn(port, "owner");
			driver.get(url("/events/" + code + "/matching"));
			By accept = By.cssSelector("#received-" + ids[1] + " button[id^=accept-]");
			browser.waiting().until(ExpectedConditions.elementToBeClickable(accept));
			assertThat(width()).as("my matching at 360 px").isLessThanOrEqualTo(360);
			driver.findElement(accept).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("meetings-" + ids[1])));
			assertThat(browser.text(By.id("meetings-" + ids[1]))).contains("PT Uji Seragam");

			browser.signIn(port, "admin");
			driver.get(url("/admin/events/" + code + "/matching/schedule"));
			driver.findElement(By.id("build-schedule-submit")).click();
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("run-all-placed")));
			assertThat(width()).as("schedule page at 360 px").isLessThanOrEqualTo(360);

			for (String[] side : new String[][] { { "owner", "PT Uji Seragam" }, { "buyer", ikmName } }) {
				browser.signIn(port, side[0]);
				driver.get(url("/events/" + code + "/matching/agenda"));
				assertThat(browser.text(By.id("agenda-meetings"))).as(side[0] + "'s agenda").contains(side[1]);
				assertThat(width()).as("agenda at 360 px").isLessThanOrEqualTo(360);
			}
			String ics = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(document.getElementById('download-ics').href).then(r => r.text()).then(done);""");
			assertThat(ics).contains("BEGIN:VEVENT").contains("TZID=Asia/Jakarta");
			assertThat(ics.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")).as("the buyer's calendar names the seller").contains(ikmName);
		}
		finally {
			((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			transactions.executeWithoutResult(status -> {
				jdbc.sql("delete from matching_schedule_run where event_code = ?").param(code).update();
				jdbc.sql("delete from matching_unavailability where participant_id in (select id from matching_participant where event_code = ?)")
					.param(code).update();
				AgendaTestData.delete(jdbc, code);
			});
		}
	}

	/** A published event with a business-matching block tomorrow: the buyer and the owner's IKM approved. */
	private long[] matching(String code, long ownerIkm) {
		SessionView workshop = EventFixture.publishedWorkshop(events, code, 1, 30);
		LocalDate day = workshop.startsAt().toLocalDate();
		SessionView block = events.addSession(Actor.SYSTEM, code, new SessionInput(SessionKind.BUSINESS_MATCHING.name(),
				"Temu bisnis uji", "Test business matching", LocalDateTime.of(day, LocalTime.of(13, 0)).toString(),
				LocalDateTime.of(day, LocalTime.of(16, 0)).toString(), "Hall", 100, null, null, null));
		sessions.add(Actor.SYSTEM, new EventCode(code), block.id(), LocalDateTime.of(day, LocalTime.of(13, 0)), 20, 6,
				null, null, 4);
		Actor buyer = new Actor("buyer", Role.BUYER, null, Set.of());
		MatchingParticipant b = participants.joinAsBuyer(buyer, new EventCode(code),
				new BuyerProfile("PT Uji Seragam", "Bu Rina", "rina@example.org", null, BuyerType.HAJJ_UNIFORM, "ID", "31",
						EnumSet.of(Technique.CAP), EnumSet.of(ProductCategory.FABRIC), 3000, VolumeUnit.METRE, 40_000L,
						80_000L, false),
				"id");
		Actor owner = new Actor("owner", Role.IKM_OWNER, null, Set.of(ownerIkm));
		MatchingParticipant s = participants.joinAsSeller(owner, new EventCode(code), ownerIkm,
				new ParticipantRules.SellerOffer("Batik Uji Cap: kain batik cap", 5000, VolumeUnit.METRE, 50_000L, 70_000L,
						null, null, null),
				"id");
		participants.approve(Actor.SYSTEM, b.id());
		participants.approve(Actor.SYSTEM, s.id());
		return new long[] { b.id().value(), s.id().value() };
	}

	private long width() {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
