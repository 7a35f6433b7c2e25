package id.canting.matching.internal.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.SessionInput;
import id.canting.matching.BuyerType;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.Preference;
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
 * A small business matching with a placed schedule, for the agenda room's tests, made through the
 * repositories as the scheduler would leave it (until the scheduler's own service places meetings):
 * a published event 30 days ahead with one session of six 20-minute slots from 09:00 WIB and 2 tables;
 * the demo buyer ({@code buyer}) and another buyer; the demo owner's IKM (Jawa Tengah) meeting at booth
 * A3, an IKM of Jawa Timur at the tables, and one more at booth A10 with no meetings.
 * <ul>
 * <li>{@code atBooth}: buyer × owner's IKM, slot 0 (09:00), at booth A3, must meet</li>
 * <li>{@code atTable}: buyer × Jawa Timur IKM, slot 1 (09:20), table 2</li>
 * <li>{@code otherAtBooth}: other buyer × owner's IKM, slot 1, at booth A3, locked</li>
 * <li>{@code unplaced}: other buyer × Jawa Timur IKM, accepted, not placed</li>
 * </ul>
 */
public final class AgendaTestData {

	static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");

	/** What was made. */
	public record Made(EventCode code, LocalDate day, MatchingParticipant buyer, MatchingParticipant otherBuyer,
			MatchingParticipant boothSeller, MatchingParticipant tableSeller, MatchingParticipant idleSeller,
			List<MatchingSlot> slots, Meeting atBooth, Meeting atTable, Meeting otherAtBooth, Meeting unplaced) {
	}

	private final ApplicationContext context;

	public AgendaTestData(ApplicationContext context) {
		this.context = context;
	}

	/** The matching described above at a new event {@code code}; {@code ownerIkm} is the demo owner's IKM. */
	public Made create(String code, long ownerIkm) {
		EventManagement events = context.getBean(EventManagement.class);
		MatchingParticipantRepository participants = context.getBean(MatchingParticipantRepository.class);
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30);
		events.create(Actor.SYSTEM, new EventInput(code, "Temu Bisnis " + code, EventType.EXHIBITION.name(),
				"Gedung Smesco", "Jakarta", "31", day.toString(), day.plusDays(1).toString(), "Kemenperin", "", "Acara uji",
				null, null, null));
		SessionView programme = events.addSession(Actor.SYSTEM, code, new SessionInput(SessionKind.BUSINESS_MATCHING.name(),
				"Temu bisnis hari 1", "Business matching day 1", LocalDateTime.of(day, LocalTime.of(9, 0)).toString(),
				LocalDateTime.of(day, LocalTime.of(12, 0)).toString(), "Hall B", 100, null, null, null));
		events.changeStatus(Actor.SYSTEM, code, EventStatus.PUBLISHED);

		MatchingParticipant buyer = approved(participants,
				MatchingParticipant.buyer(code, "buyer", buyerProfile("PT Seragam Haji Nusantara"), NOW));
		MatchingParticipant otherBuyer = approved(participants,
				MatchingParticipant.buyer(code, "buyer.lain." + code.toLowerCase(), buyerProfile("Hotel Mutiara Bali"), NOW));
		MatchingParticipant boothSeller = participants.save(MatchingParticipant.seller(code, ownerIkm, null,
				sellerProfile("Batik Jlamprang Pekalongan", "33"), "A3", ParticipantStatus.APPROVED, NOW));
		MatchingParticipant tableSeller = participants.save(MatchingParticipant.seller(code, 990_000_001L, null,
				sellerProfile("Batik Gedhog Tuban", "35"), null, ParticipantStatus.APPROVED, NOW));
		MatchingParticipant idleSeller = participants.save(MatchingParticipant.seller(code, 990_000_002L, null,
				sellerProfile("Batik Trusmi Cirebon", "32"), "A10", ParticipantStatus.APPROVED, NOW));

		MatchingSession session = context.getBean(MatchingSessionRepository.class)
			.save(new MatchingSession(code, programme.id(), LocalDateTime.of(day, LocalTime.of(9, 0)), 20, 6, null, null, 2));
		MatchingSlotRepository slotRepository = context.getBean(MatchingSlotRepository.class);
		List<MatchingSlot> slots = new ArrayList<>();
		List<LocalDateTime[]> times = session.slotTimes();
		for (int i = 0; i < times.size(); i++) {
			slots.add(slotRepository.save(new MatchingSlot(session.id(), i, times.get(i)[0], times.get(i)[1])));
		}
		Meeting atBooth = meeting(code, buyer, boothSeller, Preference.MUST_MEET, slots.get(0).id(), null, false);
		Meeting atTable = meeting(code, buyer, tableSeller, Preference.WOULD_LIKE, slots.get(1).id(), 2, false);
		Meeting otherAtBooth = meeting(code, otherBuyer, boothSeller, Preference.WOULD_LIKE, slots.get(1).id(), null, true);
		Meeting unplaced = meeting(code, otherBuyer, tableSeller, Preference.WOULD_LIKE, null, null, false);
		return new Made(new EventCode(code), day, buyer, otherBuyer, boothSeller, tableSeller, idleSeller, slots, atBooth,
				atTable, otherAtBooth, unplaced);
	}

	/** Moves a placed meeting, as a later run of the scheduler would. */
	public Meeting move(Meeting meeting, MatchingSlot slot, Integer table) {
		MeetingRepository meetings = context.getBean(MeetingRepository.class);
		Meeting fresh = meetings.findById(meeting.id().value()).orElseThrow();
		fresh.place(slot.id(), table);
		return meetings.save(fresh);
	}

	/** Cancels a meeting, as either side may. */
	public Meeting cancel(Meeting meeting) {
		MeetingRepository meetings = context.getBean(MeetingRepository.class);
		Meeting fresh = meetings.findById(meeting.id().value()).orElseThrow();
		fresh.cancel("admin");
		return meetings.save(fresh);
	}

	/** Removes everything {@link #create} made under {@code code} (for tests that commit it). */
	public static void delete(JdbcClient jdbc, String code) {
		jdbc.sql("delete from matching_agenda_stamp where meeting_id in (select id from matching_meeting where event_code = ?)")
			.param(code).update();
		jdbc.sql("delete from matching_meeting where event_code = ?").param(code).update();
		jdbc.sql("delete from matching_request where event_code = ?").param(code).update();
		jdbc.sql("delete from matching_slot where session_id in (select id from matching_session where event_code = ?)")
			.param(code).update();
		jdbc.sql("delete from matching_session where event_code = ?").param(code).update();
		jdbc.sql("delete from matching_participant_technique where participant_id in (select id from matching_participant where event_code = ?)")
			.param(code).update();
		jdbc.sql("delete from matching_participant_category where participant_id in (select id from matching_participant where event_code = ?)")
			.param(code).update();
		jdbc.sql("delete from matching_participant where event_code = ?").param(code).update();
		jdbc.sql("delete from session_seats where session_id in (select s.id from event_session s join event e on e.id = s.event_id where e.code = ?)")
			.param(code).update();
		jdbc.sql("delete from event_session where event_id = (select id from event where code = ?)").param(code).update();
		jdbc.sql("delete from event where code = ?").param(code).update();
	}

	private Meeting meeting(String code, MatchingParticipant buyer, MatchingParticipant seller, Preference preference,
			Long slotId, Integer table, boolean locked) {
		MeetingRequest request = MeetingRequest.send(code, buyer, seller, preference, null, NOW, NOW.plusSeconds(86_400));
		request.accept(null, NOW);
		request = context.getBean(MeetingRequestRepository.class).save(request);
		Meeting meeting = Meeting.fromRequest(code, request.id(), buyer.id(), seller.id(),
				preference == Preference.MUST_MEET, NOW);
		if (slotId != null) {
			meeting.place(slotId, table);
			if (locked) {
				meeting.lock();
			}
		}
		return context.getBean(MeetingRepository.class).save(meeting);
	}

	private static MatchingParticipant approved(MatchingParticipantRepository participants, MatchingParticipant p) {
		MatchingParticipant saved = participants.save(p);
		saved.approve("admin");
		return participants.save(saved);
	}

	static BuyerProfile buyerProfile(String company) {
		return new BuyerProfile(company, "Siti Rahma", "siti@example.com", null, BuyerType.HAJJ_UNIFORM, "ID", "31",
				Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 3000, VolumeUnit.METRE, 50_000L, 150_000L, true);
	}

	static SellerProfile sellerProfile(String company, String province) {
		return new SellerProfile(company, "Pak Ahmad", null, null, province, Set.of(Technique.CAP, Technique.TULIS),
				Set.of(ProductCategory.FABRIC), 5000, VolumeUnit.METRE, "Kain batik cap", null, null);
	}
}
