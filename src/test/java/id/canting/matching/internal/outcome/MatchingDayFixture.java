package id.canting.matching.internal.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import id.canting.account.AccountSessions;
import id.canting.event.EventSessionId;
import id.canting.event.Events;
import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.internal.EventManagement;
import id.canting.matching.BuyerType;
import id.canting.matching.Preference;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.BuyerProfile;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.MeetingRequest;
import id.canting.matching.internal.MeetingRequestRepository;
import id.canting.matching.internal.SellerProfile;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.Actor;

/**
 * A business matching made for the day's and outcomes' tests, in the test's transaction: an event, the
 * demo {@code buyer} as an approved buyer, the demo {@code owner}'s IKM (Jawa Tengah) as an approved seller
 * at a table, and a second approved seller with a booth; a session of slots around "now" (WIB) with two
 * tables; meetings placed in slots by hand (as the scheduler would). Made by the test from its beans (not a
 * bean itself, so the shared test context stays the same).
 */
public class MatchingDayFixture {

	private static final AtomicLong SESSIONS = new AtomicLong(9_000_000);

	private final EventManagement eventManagement;
	private final Events events;
	private final AccountSessions accounts;
	private final MatchingParticipantRepository participants;
	private final MatchingSessionRepository sessions;
	private final MatchingSlotRepository slots;
	private final MeetingRepository meetings;
	private final MeetingRequestRepository requests;

	public MatchingDayFixture(EventManagement eventManagement, Events events, AccountSessions accounts,
			MatchingParticipantRepository participants, MatchingSessionRepository sessions, MatchingSlotRepository slots,
			MeetingRepository meetings, MeetingRequestRepository requests) {
		this.eventManagement = eventManagement;
		this.events = events;
		this.accounts = accounts;
		this.participants = participants;
		this.sessions = sessions;
		this.slots = slots;
		this.meetings = meetings;
		this.requests = requests;
	}

	/** What one fixture made. */
	public record Day(String code, MatchingParticipant buyer, MatchingParticipant seller, MatchingParticipant boothSeller,
			MatchingParticipant pendingBuyer, MatchingSlot past, MatchingSlot running, MatchingSlot later,
			MatchingSlot yesterday) {
	}

	public Day create(String code) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
		EventFixtures.openCall(eventManagement, code, today.minusDays(20), today.minusDays(15));
		Instant now = Instant.now();
		long ownerIkm = accounts.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		MatchingParticipant buyer = approved(MatchingParticipant.buyer(code, "buyer", buyerProfile("PT Hotel Uji", BuyerType.HOTEL), now));
		MatchingParticipant pending = participants.save(MatchingParticipant.buyer(code, "buyer-lain",
				buyerProfile("CV Menunggu", BuyerType.RETAILER), now));
		MatchingParticipant seller = approved(MatchingParticipant.seller(code, ownerIkm, "owner",
				sellerProfile("Batik Uji Pekalongan", "33"), null, ParticipantStatus.APPROVED, now));
		MatchingParticipant boothSeller = approved(MatchingParticipant.seller(code, ownerIkm + 100_000_000L, null,
				sellerProfile("Batik Uji Madura", "35"), "A1", ParticipantStatus.APPROVED, now));

		LocalDateTime wibNow = events.now().truncatedTo(ChronoUnit.MINUTES);
		LocalDateTime runningStart = wibNow.minusMinutes(5).toLocalDate().equals(wibNow.toLocalDate())
				? wibNow.minusMinutes(5) : wibNow.toLocalDate().atStartOfDay();
		MatchingSession session = sessions.save(new MatchingSession(code, new EventSessionId(SESSIONS.incrementAndGet()),
				wibNow.minusDays(1), 20, 3, null, null, 2));
		MatchingSlot yesterday = slots.save(new MatchingSlot(session.id(), 0, wibNow.minusDays(1), wibNow.minusDays(1).plusMinutes(20)));
		MatchingSlot past = slots.save(new MatchingSlot(session.id(), 1, wibNow.minusHours(2), wibNow.minusHours(2).plusMinutes(20)));
		MatchingSlot running = slots.save(new MatchingSlot(session.id(), 2, runningStart, runningStart.plusMinutes(20)));
		MatchingSlot later = slots.save(new MatchingSlot(session.id(), 3, wibNow.plusDays(1), wibNow.plusDays(1).plusMinutes(20)));
		return new Day(code, buyer, seller, boothSeller, pending, past, running, later, yesterday);
	}

	/** A meeting from an accepted request, placed in the slot at the table (null: the seller's booth). */
	public Meeting placed(Day day, MatchingParticipant buyer, MatchingParticipant seller, MatchingSlot slot, Integer table) {
		Instant now = Instant.now();
		MeetingRequest request = MeetingRequest.send(day.code(), buyer, seller, Preference.WOULD_LIKE, null, now,
				now.plusSeconds(3600));
		request.accept(null, now);
		request = requests.save(request);
		Meeting m = Meeting.fromRequest(day.code(), request.id(), buyer.id(), seller.id(), false, now);
		m.place(slot.id(), table);
		return meetings.save(m);
	}

	/** A placed meeting marked held by the buyer. */
	public Meeting held(Day day, MatchingSlot slot) {
		Meeting m = placed(day, day.buyer(), day.seller(), slot, 1);
		m.check(true, Meeting.Check.HELD);
		return meetings.save(m);
	}

	private MatchingParticipant approved(MatchingParticipant p) {
		if (!p.isApproved()) {
			p.approve(Actor.SYSTEM.username());
		}
		return participants.save(p);
	}

	private static BuyerProfile buyerProfile(String company, BuyerType type) {
		return new BuyerProfile(company, "Ibu Uji", "pembeli@example.com", null, type, "ID", "51", Set.of(Technique.CAP),
				Set.of(ProductCategory.FABRIC), 1000, VolumeUnit.METRE, null, null, false);
	}

	private static SellerProfile sellerProfile(String company, String province) {
		return new SellerProfile(company, "Pak Uji", "penjual@example.com", null, province, Set.of(Technique.CAP),
				Set.of(ProductCategory.FABRIC, ProductCategory.CLOTHING), 5000, VolumeUnit.METRE, "Kain batik cap", null, null);
	}
}
