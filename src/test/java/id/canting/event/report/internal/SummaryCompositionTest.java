package id.canting.event.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.EventView;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.exhibitor.ExhibitorFigures.Exhibitor;
import id.canting.event.report.internal.EventSummary.CategoryCount;
import id.canting.event.report.internal.EventSummary.KindCount;
import id.canting.event.report.internal.EventSummary.ProvinceCount;
import id.canting.event.report.internal.RegistrationCounts.SessionCounts;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/** How an event's figures are composed from its sessions, registrations and exhibitors (hand-checked). */
class SummaryCompositionTest {

	static final EventCode CODE = new EventCode("HBN-2024");
	static final EventView EVENT = new EventView(CODE, "Hari Batik Nasional 2024", EventType.NATIONAL_DAY,
			EventStatus.CLOSED, "Gedung Kemenperin", "Jakarta", "31", LocalDate.of(2024, 10, 2),
			LocalDate.of(2024, 10, 6), "Kemenperin", "YBI", "HBN", null, null, null, 0);
	static final Map<String, String> PROVINCES = Map.of("33", "Jawa Tengah", "35", "Jawa Timur", "32", "Jawa Barat");
	static final Instant NOW = Instant.parse("2024-10-07T03:00:00Z");

	static SessionView session(long id, int capacity) {
		LocalDateTime at = LocalDateTime.of(2024, 10, 3, 9, 0).plusHours(id);
		return new SessionView(new EventSessionId(id), CODE, SessionKind.WORKSHOP, "Sesi " + id, "Session " + id, at,
				at.plusHours(1), "R" + id, capacity, null, "", null, 0);
	}

	static Exhibitor exhibitor(String name, IkmKind kind, String province, boolean women, ProductCategory... categories) {
		return new Exhibitor(name, kind, province, province + ".01", Set.of(categories), women, null);
	}

	static EventSummary compose(List<SessionView> sessions, List<SessionCounts> counts, List<Exhibitor> exhibitors) {
		return SummaryComposition.compose(EVENT, sessions, counts, exhibitors, PROVINCES::get, code -> "Kab " + code, NOW);
	}

	@Test
	void fillRatesAreRegistrationsAgainstCapacityPerSessionAndInTotal() {
		EventSummary s = compose(List.of(session(1, 40), session(2, 30), session(3, 50)),
				List.of(new SessionCounts(new EventSessionId(1), 40, 5, 2, 31),
						new SessionCounts(new EventSessionId(2), 10, 0, 1, 9)),
				List.of());

		assertThat(s.capacity()).isEqualTo(120);
		assertThat(s.registrations()).isEqualTo(50);
		assertThat(s.waitlisted()).isEqualTo(5);
		assertThat(s.cancelled()).isEqualTo(3);
		assertThat(s.attendance()).isEqualTo(40);
		// 50 / 120 = 41.67 %, 40 / 50 = 80 %
		assertThat(s.fillPercent()).isEqualTo(41.7);
		assertThat(s.attendancePercent()).isEqualTo(80.0);
		assertThat(s.sessions()).extracting(EventSummary.SessionLine::fillPercent).containsExactly(100.0, 33.3, 0.0);
		assertThat(s.sessions()).extracting(EventSummary.SessionLine::attendancePercent).containsExactly(77.5, 90.0, null);
		// a session nobody registered for is listed with zeros, not left out
		assertThat(s.sessions().get(2).registrations()).isZero();
	}

	@Test
	void noSessionsAndNoRegistrationsGiveNoRatesRatherThanZeroOrADivisionByZero() {
		EventSummary s = compose(List.of(), List.of(), List.of());

		assertThat(s.fillPercent()).isNull();
		assertThat(s.attendancePercent()).isNull();
		assertThat(s.womenOwnedPercent()).isNull();
		assertThat(s.exhibitors()).isZero();
		assertThat(s.provinces()).isZero();
		assertThat(s.byKind()).extracting(KindCount::exhibitors).containsOnly(0L);
	}

	@Test
	void countsForOneSessionGivenTwiceAreAdded() {
		EventSummary s = compose(List.of(session(1, 10)), List.of(new SessionCounts(new EventSessionId(1), 3, 1, 0, 2),
				new SessionCounts(new EventSessionId(1), 2, 0, 1, 1)), List.of());

		assertThat(s.sessions().get(0).registrations()).isEqualTo(5);
		assertThat(s.sessions().get(0).attendance()).isEqualTo(3);
	}

	@Test
	void provincesAreCountedOnceEachMostExhibitorsFirstWithTheirNames() {
		EventSummary s = compose(List.of(), List.of(),
				List.of(exhibitor("A", IkmKind.REGULAR, "35", false, ProductCategory.FABRIC),
						exhibitor("B", IkmKind.REGULAR, "33", true, ProductCategory.FABRIC),
						exhibitor("C", IkmKind.PRISON_UNIT, "33", false, ProductCategory.CLOTHING),
						exhibitor("D", IkmKind.COOPERATIVE, "32", true, ProductCategory.ACCESSORY),
						exhibitor("E", IkmKind.REGULAR, "33", false, ProductCategory.FABRIC)));

		assertThat(s.exhibitors()).isEqualTo(5);
		assertThat(s.provinces()).isEqualTo(3);
		assertThat(s.byProvince()).containsExactly(new ProvinceCount("33", "Jawa Tengah", 3),
				new ProvinceCount("32", "Jawa Barat", 1), new ProvinceCount("35", "Jawa Timur", 1));
		assertThat(s.prisonUnits()).isEqualTo(1);
		assertThat(s.byKind()).containsExactly(new KindCount(IkmKind.REGULAR, 3), new KindCount(IkmKind.PRISON_UNIT, 1),
				new KindCount(IkmKind.COOPERATIVE, 1));
	}

	@Test
	void womenOwnedExhibitorsAreCountedWithTheirShare() {
		EventSummary s = compose(List.of(), List.of(),
				List.of(exhibitor("A", IkmKind.REGULAR, "35", true, ProductCategory.FABRIC),
						exhibitor("B", IkmKind.REGULAR, "33", true, ProductCategory.FABRIC),
						exhibitor("C", IkmKind.PRISON_UNIT, "33", false, ProductCategory.CLOTHING)));

		assertThat(s.womenOwned()).isEqualTo(2);
		// 2 of 3 = 66.67 %
		assertThat(s.womenOwnedPercent()).isEqualTo(66.7);
	}

	@Test
	void anExhibitorShowingSeveralCategoriesCountsInEachAndEveryCategoryIsListed() {
		EventSummary s = compose(List.of(), List.of(),
				List.of(exhibitor("A", IkmKind.REGULAR, "35", false, ProductCategory.FABRIC, ProductCategory.CLOTHING),
						exhibitor("B", IkmKind.REGULAR, "33", false, ProductCategory.FABRIC)));

		assertThat(s.byCategory()).containsExactly(new CategoryCount(ProductCategory.FABRIC, 2),
				new CategoryCount(ProductCategory.CLOTHING, 1), new CategoryCount(ProductCategory.ACCESSORY, 0),
				new CategoryCount(ProductCategory.OTHER, 0));
		assertThat(s.exhibitorList().get(0).categories()).isNotEmpty();
	}

	@Test
	void theListOrdersByBoothThenNamesRegionsAndKeepsNoPersonalData() {
		List<Exhibitor> exhibitors = List.of(
				new Exhibitor("Batik Tanpa Stan", IkmKind.REGULAR, "33", "33.26", Set.of(ProductCategory.FABRIC), false, null),
				new Exhibitor("Batik B", IkmKind.REGULAR, "35", "35.23", Set.of(ProductCategory.FABRIC), true, "A-02"),
				new Exhibitor("Batik A", IkmKind.PRISON_UNIT, "32", "32.04", Set.of(ProductCategory.CLOTHING), false, "A-01"));

		EventSummary s = compose(List.of(), List.of(), exhibitors);

		assertThat(s.exhibitorList()).extracting(EventSummary.ExhibitorLine::businessName)
			.containsExactly("Batik A", "Batik B", "Batik Tanpa Stan");
		assertThat(s.exhibitorList().get(1).provinceName()).isEqualTo("Jawa Timur");
		assertThat(s.exhibitorList().get(1).regencyName()).isEqualTo("Kab 35.23");
		assertThat(EventSummary.ExhibitorLine.class.getRecordComponents())
			.extracting(c -> c.getName())
			.doesNotContain("ownerName", "email", "phone");
	}

	@Test
	void percentsAreRoundedHalfUpToOneDecimal() {
		assertThat(SummaryComposition.percent(1, 8)).isEqualTo(12.5);
		assertThat(SummaryComposition.percent(1, 3)).isEqualTo(33.3);
		assertThat(SummaryComposition.percent(2, 3)).isEqualTo(66.7);
		assertThat(SummaryComposition.percent(5, 0)).isNull();
	}
}
