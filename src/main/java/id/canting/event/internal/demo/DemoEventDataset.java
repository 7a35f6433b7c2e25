package id.canting.event.internal.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import id.canting.event.EventStatus;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.SessionInput;

/**
 * The demo's events: Hari Batik Nasional 2024 as the ANTARA article of 2024 describes it (Jakarta,
 * 2–6 October 2024, Kemenperin with Yayasan Batik Indonesia: an FGD on preservation for young people,
 * workshops on natural-dye production and on Hajj uniforms, a Batikmark business-matching
 * exhibition), CLOSED; and the next HBN after the demo's "today", OPEN_FOR_EXHIBITORS with a call
 * that is open today. The years in between (from 2025) are CLOSED with their opening only.
 * <p>
 * Decision: the open event follows the clock, not a fixed year — the demo runs on the real clock, and
 * a call must close before the event's first day, so "HBN 2025 open for exhibitors" (the issue's
 * wording, written in 2025) cannot hold once 2 October 2025 has passed. On 6 December 2026 the open
 * one is HBN-2027 and HBN-2025 and HBN-2026 are CLOSED.
 * <p>
 * Assumptions (not in the sources): the venue (the ministry's own exhibition hall, where its
 * exhibitions are usually held), the session times, rooms, capacities and speakers, the exhibitor
 * call windows.
 */
final class DemoEventDataset {

	static final String ORGANISERS = "Direktorat Jenderal IKMA, Kementerian Perindustrian";
	static final String PARTNERS = "Yayasan Batik Indonesia";
	/** Assumption: the sources name only "Jakarta". */
	static final String VENUE = "Plaza Pameran Industri, Gedung Kementerian Perindustrian";
	static final String CITY = "Jakarta Selatan";
	static final String PROVINCE = "31";
	static final MonthDay HBN_DAY = MonthDay.of(10, 2);
	/** The call for exhibitors of an upcoming HBN closes this many days before its first day. */
	static final int CALL_CLOSES_DAYS_BEFORE = 21;

	private DemoEventDataset() {
	}

	/** One demo event: its input, its sessions and the status it ends in. */
	record DemoEvent(EventInput event, List<SessionInput> sessions, EventStatus status) {
	}

	/** HBN 2024, the HBN of each year after it up to the next one after {@code today}, the last open for exhibitors. */
	static List<DemoEvent> events(LocalDate today) {
		List<DemoEvent> events = new ArrayList<>();
		events.add(hbn2024());
		int next = nextHbnYear(today);
		for (int year = 2025; year < next; year++) {
			events.add(pastHbn(year));
		}
		events.add(upcomingHbn(next, today));
		return events;
	}

	/** The first year whose HBN starts late enough for a call that is open today and closes before it. */
	static int nextHbnYear(LocalDate today) {
		int year = Math.max(2025, today.getYear());
		while (!HBN_DAY.atYear(year).minusDays(CALL_CLOSES_DAYS_BEFORE + 7L).isAfter(today)) {
			year++;
		}
		return year;
	}

	private static DemoEvent hbn2024() {
		EventInput event = new EventInput("HBN-2024", "Hari Batik Nasional 2024", "NATIONAL_DAY", VENUE, CITY, PROVINCE,
				"2024-10-02", "2024-10-06", ORGANISERS, PARTNERS, """
						Peringatan Hari Batik Nasional 2024 oleh Kementerian Perindustrian bersama Yayasan Batik Indonesia: \
						diskusi kelompok terpumpun tentang pelestarian batik bagi generasi muda, lokakarya produksi pewarna alam \
						dan seragam batik jamaah haji, pameran 24 IKM batik dan 2 IKM binaan lapas dari 10 provinsi \
						(kain, pakaian dan aksesori fesyen), serta pameran temu bisnis Batikmark.""", """
						National Batik Day 2024, held by the Ministry of Industry with Yayasan Batik Indonesia: a focus-group \
						discussion on batik preservation among young people, workshops on natural-dye production and on batik \
						uniforms for Hajj pilgrims, an exhibition of 24 batik IKM and 2 prison-assisted IKM from 10 provinces \
						(fabric, clothing and fashion accessories), and a Batikmark business-matching exhibition.""",
				"2024-07-01", "2024-08-31");
		List<SessionInput> sessions = List.of(
				new SessionInput("OPENING", "Pembukaan Peringatan Hari Batik Nasional 2024",
						"Opening of National Batik Day 2024", "2024-10-02T09:00", "2024-10-02T11:00", "Auditorium", 300, null,
						"Direktur Jenderal IKMA Kementerian Perindustrian; Yayasan Batik Indonesia", null),
				new SessionInput("FGD", "FGD Promosi Pelestarian Batik bagi Generasi Muda",
						"FGD: promoting batik preservation among young people", "2024-10-02T13:00", "2024-10-02T16:00",
						"Ruang Rapat Garuda", 60, "Pemuda 15–30 tahun",
						"Direktorat IKM Kimia, Sandang, Kerajinan dan Industri Aneka; Yayasan Batik Indonesia", null),
				new SessionInput("WORKSHOP", "Lokakarya Teknis Produksi Pewarna Alam",
						"Workshop: natural-dye production", "2024-10-03T09:00", "2024-10-03T15:00", "Ruang Lokakarya 1", 40,
						"Pelaku IKM batik", "Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik", null),
				new SessionInput("WORKSHOP", "Lokakarya Proses Produksi Seragam Batik Jamaah Haji",
						"Workshop: producing batik uniforms for Hajj pilgrims", "2024-10-04T09:00", "2024-10-04T15:00",
						"Ruang Lokakarya 1", 40, "Pelaku IKM batik cap", "Direktorat Jenderal IKMA Kementerian Perindustrian",
						null),
				new SessionInput("BUSINESS_MATCHING", "Pameran Temu Bisnis (Business Matching) Batikmark",
						"Batikmark business-matching exhibition", "2024-10-05T10:00", "2024-10-05T16:00", "Hall Pameran", 100,
						"Pembeli dan IKM pemegang Batikmark", "Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik",
						null));
		return new DemoEvent(event, sessions, EventStatus.CLOSED);
	}

	private static DemoEvent pastHbn(int year) {
		LocalDate first = HBN_DAY.atYear(year);
		EventInput event = new EventInput("HBN-" + year, "Hari Batik Nasional " + year, "NATIONAL_DAY", VENUE, CITY,
				PROVINCE, first.toString(), first.plusDays(4).toString(), ORGANISERS, PARTNERS,
				"Peringatan Hari Batik Nasional " + year + " oleh Kementerian Perindustrian bersama Yayasan Batik Indonesia.",
				"National Batik Day " + year + ", held by the Ministry of Industry with Yayasan Batik Indonesia.", null,
				null);
		return new DemoEvent(event, List.of(opening(year, first)), EventStatus.CLOSED);
	}

	private static DemoEvent upcomingHbn(int year, LocalDate today) {
		LocalDate first = HBN_DAY.atYear(year);
		LocalDate closes = first.minusDays(CALL_CLOSES_DAYS_BEFORE);
		LocalDate opens = today.minusDays(30);
		EventInput event = new EventInput("HBN-" + year, "Hari Batik Nasional " + year, "NATIONAL_DAY", VENUE, CITY,
				PROVINCE, first.toString(), first.plusDays(4).toString(), ORGANISERS, PARTNERS, """
						Peringatan Hari Batik Nasional %d. Pendaftaran peserta pameran bagi IKM batik dibuka sampai tiga minggu \
						sebelum acara; susunan acara lengkap diumumkan setelah kurasi.""".formatted(year), """
						National Batik Day %d. The call for exhibitors is open to batik IKM until three weeks before the event; \
						the full programme is announced after curation.""".formatted(year),
				opens.toString(), closes.toString());
		return new DemoEvent(event, List.of(opening(year, first)), EventStatus.OPEN_FOR_EXHIBITORS);
	}

	private static SessionInput opening(int year, LocalDate first) {
		return new SessionInput("OPENING", "Pembukaan Peringatan Hari Batik Nasional " + year,
				"Opening of National Batik Day " + year, first + "T09:00", first + "T11:00", "Auditorium", 300, null,
				"Direktur Jenderal IKMA Kementerian Perindustrian; Yayasan Batik Indonesia", null);
	}
}
