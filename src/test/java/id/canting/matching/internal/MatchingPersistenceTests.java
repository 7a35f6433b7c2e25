package id.canting.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.event.EventSessionId;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.Preference;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * The matching tables keep what the entities hold, on the module's own database (H2 or PostgreSQL), with
 * the facades of the modules matching depends on stood in for (this test only stores and reads).
 */
@CantingModuleTest
@Transactional
class MatchingPersistenceTests {

	static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");

	@MockitoBean
	id.canting.notification.Outbox outbox;
	@MockitoBean
	id.canting.event.Events events;
	@MockitoBean
	id.canting.event.ExhibitorSellers exhibitors;
	@MockitoBean
	id.canting.registry.IkmManagement ikms;
	@MockitoBean
	id.canting.account.AccountManagement accounts;
	@MockitoBean
	id.canting.region.Regions regions;
	@MockitoBean
	id.canting.certification.BatikmarkStandings batikmark;

	@Autowired
	MatchingParticipantRepository participants;

	@Autowired
	MeetingRequestRepository requests;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MatchingSessionRepository sessions;

	@Autowired
	MatchingSlotRepository slots;

	@Autowired
	MatchingSettingsRepository settings;

	@Autowired
	Unavailabilities unavailabilities;

	static BuyerProfile buyerProfile() {
		return new BuyerProfile("PT Seragam Haji", "Siti", "siti@example.com", null, BuyerType.HAJJ_UNIFORM, "ID", "31",
				Set.of(Technique.CAP), Set.of(ProductCategory.FABRIC), 3000, VolumeUnit.METRE, 50_000L, 150_000L, true);
	}

	static SellerProfile sellerProfile() {
		return new SellerProfile("Batik Jlamprang", "Pak Ahmad", null, null, "33", Set.of(Technique.CAP, Technique.TULIS),
				Set.of(ProductCategory.FABRIC, ProductCategory.CLOTHING), 5000, VolumeUnit.METRE, "Kain cap", null,
				null);
	}

	@Test
	void keepsParticipantsRequestsMeetingsSessionsAndSettings() {
		MatchingParticipant buyer = participants
			.save(MatchingParticipant.buyer("HBN-2024", "buyer.siti", buyerProfile(), NOW));
		MatchingParticipant seller = participants.save(MatchingParticipant.seller("HBN-2024", 7L, null,
				sellerProfile(), "A1", ParticipantStatus.APPROVED, NOW));

		MatchingParticipant read = participants.findById(buyer.id().value()).orElseThrow();
		assertThat(read.techniques()).containsExactly(Technique.CAP);
		assertThat(read.buyerType()).isEqualTo(BuyerType.HAJJ_UNIFORM);
		assertThat(participants.findByEventCodeAndIkmId("HBN-2024", 7L)).get()
			.satisfies(s -> assertThat(s.meetsAtBooth()).isTrue());

		MeetingRequest request = requests.save(MeetingRequest.send("HBN-2024", buyer, seller, Preference.MUST_MEET,
				"Salam", NOW, NOW.plusSeconds(3600)));
		request.accept(null, NOW);
		requests.save(request);
		Meeting meeting = meetings.save(Meeting.fromRequest("HBN-2024", request.id(), buyer.id(), seller.id(), true,
				NOW));

		MatchingSession session = sessions.save(new MatchingSession("HBN-2024", new EventSessionId(1),
				LocalDateTime.of(2024, 10, 2, 9, 0), 20, 6, 3, 10, 8));
		List<LocalDateTime[]> times = session.slotTimes();
		assertThat(times.get(3)[0]).isEqualTo(LocalDateTime.of(2024, 10, 2, 10, 10));
		for (int i = 0; i < times.size(); i++) {
			slots.save(new MatchingSlot(session.id(), i, times.get(i)[0], times.get(i)[1]));
		}
		List<MatchingSlot> eventSlots = slots.findByEventCode("HBN-2024");
		assertThat(eventSlots).hasSize(6);
		meeting.place(eventSlots.get(0).id(), null);
		meetings.save(meeting);
		unavailabilities.replace(buyer.id().value(), List.of(eventSlots.get(1).id()));

		assertThat(meetings.findByEventCodeAndStatus("HBN-2024", MeetingStatus.ACCEPTED)).singleElement()
			.satisfies(m -> assertThat(m.slotId()).isEqualTo(eventSlots.get(0).id()));
		assertThat(unavailabilities.ofEvent("HBN-2024")).containsEntry(buyer.id().value(),
				Set.of(eventSlots.get(1).id()));

		MatchingSettings s = settings.forEvent("HBN-2024");
		s.change(24, 10, 8, false);
		settings.save(s);
		assertThat(settings.forEvent("HBN-2024").requestExpiryHours()).isEqualTo(24);
	}

	@Test
	void refusesASecondOpenRequestForTheSamePairEitherWay() {
		MatchingParticipant buyer = participants
			.save(MatchingParticipant.buyer("HBN-2024", "buyer.siti", buyerProfile(), NOW));
		MatchingParticipant seller = participants.save(MatchingParticipant.seller("HBN-2024", 8L, null,
				sellerProfile(), null, ParticipantStatus.APPROVED, NOW));
		requests.save(MeetingRequest.send("HBN-2024", buyer, seller, Preference.WOULD_LIKE, null, NOW,
				NOW.plusSeconds(60)));

		assertThatThrownBy(() -> requests.save(MeetingRequest.send("HBN-2024", seller, buyer, Preference.WOULD_LIKE,
				null, NOW, NOW.plusSeconds(60)))).isInstanceOf(DataIntegrityViolationException.class);
	}
}
