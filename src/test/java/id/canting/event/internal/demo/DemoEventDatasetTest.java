package id.canting.event.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.canting.event.EventStatus;
import id.canting.event.internal.demo.DemoEventDataset.DemoEvent;

/** The demo's events follow the clock: HBN 2024 closed, the next HBN open for exhibitors on the demo's day. */
class DemoEventDatasetTest {

	@Test
	void inDecember2026TheNextHariBatikNasionalIs2027() {
		LocalDate today = LocalDate.of(2026, 12, 6);
		var events = DemoEventDataset.events(today);
		assertThat(events).extracting(e -> e.event().code()).containsExactly("HBN-2024", "HBN-2025", "HBN-2026",
				"HBN-2027");
		assertThat(events).extracting(DemoEvent::status).containsExactly(EventStatus.CLOSED, EventStatus.CLOSED,
				EventStatus.CLOSED, EventStatus.OPEN_FOR_EXHIBITORS);
		DemoEvent open = events.get(3);
		assertThat(LocalDate.parse(open.event().exhibitorCallOpens())).isBefore(today);
		assertThat(LocalDate.parse(open.event().exhibitorCallCloses())).isAfter(today)
			.isBefore(LocalDate.parse(open.event().startDate()));
	}

	@Test
	void inMarch2025Hbn2025IsTheOpenOne() {
		var events = DemoEventDataset.events(LocalDate.of(2025, 3, 1));
		assertThat(events).extracting(e -> e.event().code()).containsExactly("HBN-2024", "HBN-2025");
		assertThat(events.get(1).status()).isEqualTo(EventStatus.OPEN_FOR_EXHIBITORS);
	}

	@Test
	void hbn2024HasTheArticlesSessions() {
		DemoEvent hbn = DemoEventDataset.events(LocalDate.of(2026, 12, 6)).get(0);
		assertThat(hbn.event().startDate()).isEqualTo("2024-10-02");
		assertThat(hbn.event().endDate()).isEqualTo("2024-10-06");
		assertThat(hbn.sessions()).extracting(s -> s.kind()).containsExactly("OPENING", "FGD", "WORKSHOP", "WORKSHOP",
				"BUSINESS_MATCHING");
		assertThat(hbn.sessions().get(1).audience()).isEqualTo("Pemuda 15–30 tahun");
	}
}
