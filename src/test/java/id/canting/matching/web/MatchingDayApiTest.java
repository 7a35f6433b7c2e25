package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.Events;
import id.canting.event.internal.EventManagement;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.MeetingRequestRepository;
import id.canting.matching.internal.outcome.MatchingDayFixture;
import id.canting.matching.internal.outcome.MatchingDayFixture.Day;

/**
 * The business matching's day through {@code /api/v1}: check-in at the desk, a side's mark of a meeting
 * (from its slot's start; held wins over no-show), walk-in meetings into free slots with the reason when
 * a slot is not free; every refusal changes nothing, and every change is audited.
 */
@CantingTest
@Transactional
class MatchingDayApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EventManagement eventManagement;
	@Autowired
	Events events;
	@Autowired
	AccountSessions accounts;
	@Autowired
	MatchingParticipantRepository participants;
	@Autowired
	MatchingSessionRepository sessions;
	@Autowired
	MatchingSlotRepository slots;
	@Autowired
	MeetingRepository meetings;
	@Autowired
	MeetingRequestRepository requests;

	MatchingDayFixture fixture;
	Day day;

	@BeforeEach
	void day() {
		fixture = new MatchingDayFixture(eventManagement, events, accounts, participants, sessions, slots, meetings, requests);
		day = fixture.create("TEMU-D1");
	}

	@Test
	void theDeskChecksAnApprovedParticipantInOnce() throws Exception {
		long seller = day.seller().id().value();
		post("/participants/" + seller + "/check-in", "admin", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.company").value("Batik Uji Pekalongan"))
			.andExpect(jsonPath("$.checkedInAt").isNotEmpty());
		post("/participants/" + seller + "/check-in", "admin", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("has been checked in since")));
		post("/participants/" + day.pendingBuyer().id().value() + "/check-in", "admin", null)
			.andExpect(status().isUnprocessableContent());
		post("/participants/999999999/check-in", "admin", null).andExpect(status().isNotFound());
		for (String user : new String[] { "officer.33", "owner", "buyer", "assessor" }) {
			post("/participants/" + day.buyer().id().value() + "/check-in", user, null).andExpect(status().isForbidden());
		}
		assertThat(participants.findById(day.buyer().id().value()).orElseThrow().checkedInAt()).isNull();
		assertThat(audits("matching_participant", seller)).isEqualTo(1);
	}

	@Test
	void eitherSideMarksFromTheSlotsStartAndHeldWinsOverNoShow() throws Exception {
		long running = fixture.placed(day, day.buyer(), day.seller(), day.running(), 1).id().value();
		long later = fixture.placed(day, day.buyer(), day.boothSeller(), day.later(), null).id().value();

		post("/meetings/" + running + "/attendance", "buyer", "{\"mark\": \"no-show\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NO_SHOW")).andExpect(jsonPath("$.buyerChecked").value("NO_SHOW"));
		post("/meetings/" + running + "/attendance", "owner", "{\"mark\": \"held\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD")).andExpect(jsonPath("$.sellerChecked").value("HELD"));
		post("/meetings/" + later + "/attendance", "buyer", "{\"mark\": \"held\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("from the start of its slot")));
		post("/meetings/" + running + "/attendance", "buyer", "{\"mark\": \"maybe\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mark"));
		post("/meetings/" + running + "/attendance", "admin", "{\"mark\": \"held\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("side"));
		post("/meetings/" + running + "/attendance", "admin", "{\"mark\": \"NO_SHOW\", \"side\": \"BUYER\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
		post("/meetings/" + running + "/attendance", "officer.33", "{\"mark\": \"held\"}").andExpect(status().isForbidden());
		assertThat(meetings.findById(later).orElseThrow().status().name()).isEqualTo("ACCEPTED");
		assertThat(audits("matching_meeting", running)).isEqualTo(3);
	}

	@Test
	void aWalkInGoesIntoAFreeSlotOfTodayOrIsRefusedWithTheReason() throws Exception {
		long buyer = day.buyer().id().value();
		long seller = day.seller().id().value();
		long booth = day.boothSeller().id().value();
		long running = day.running().id();

		post("/walk-ins", "buyer", body(buyer, seller, day.later().id())).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("slot of today")));
		jdbc.sql("insert into matching_unavailability (participant_id, slot_id) values (?, ?)").params(seller, running).update();
		post("/walk-ins", "admin", body(buyer, seller, running)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Batik Uji Pekalongan marked this slot unavailable")));
		jdbc.sql("delete from matching_unavailability where participant_id = ?").param(seller).update();

		post("/walk-ins", "buyer", body(buyer, seller, running)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.walkIn").value(true)).andExpect(jsonPath("$.locked").value(true))
			.andExpect(jsonPath("$.table").value(1)).andExpect(jsonPath("$.slot").value(running));
		post("/walk-ins", "admin", body(buyer, seller, running)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already have a meeting")));
		post("/walk-ins", "admin", body(buyer, booth, running)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("PT Hotel Uji already has a meeting in this slot")));
		post("/walk-ins", "admin", body(seller, buyer, running)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("buyer", "seller")));
		post("/walk-ins", "admin", "{\"buyer\": " + buyer + "}").andExpect(status().isBadRequest());
		post("/walk-ins", "owner", body(buyer, booth, running)).andExpect(status().isForbidden());
		assertThat(meetings.findByBuyerIdOrderById(buyer)).hasSize(1);
	}

	@Test
	void aSellerAtABoothMeetsThereWithoutATable() throws Exception {
		post("/walk-ins", "admin", body(day.buyer().id().value(), day.boothSeller().id().value(), day.running().id()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.table").doesNotExist());
		Meeting booked = meetings.findByBuyerIdOrderById(day.buyer().id().value()).get(0);
		assertThat(booked.tableNo()).isNull();
		assertThat(audits("matching_meeting", booked.id().value())).isEqualTo(1);
	}

	private static String body(long buyer, long seller, long slot) {
		return "{\"buyer\": " + buyer + ", \"seller\": " + seller + ", \"slot\": " + slot + "}";
	}

	private ResultActions post(String path, String user, String body) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/events/" + day.code() + "/matching" + path + "?lang=en").with(logins.as(user));
		return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long audits(String type, long id) {
		return jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
			.params(type, String.valueOf(id)).query(Long.class).single();
	}
}
