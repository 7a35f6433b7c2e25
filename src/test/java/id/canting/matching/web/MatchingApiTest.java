package id.canting.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.internal.EventManagement;
import id.canting.matching.internal.RequestExpiryJob;

/**
 * Business matching through {@code /api/v1}: a buyer signs up (a BUYER account, pending), an owner opts
 * their IKM in, the organiser approves both, the buyer asks and the seller accepts — the meeting to place
 * exists at once; refusals name the field and the rule and change nothing; unanswered requests expire
 * (read as expired at once, marked by the job), which frees the pair; settings and rules are the
 * organiser's.
 */
@CantingTest
@Transactional
class MatchingApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AccountSessions sessions;
	@Autowired
	EventManagement events;
	@Autowired
	RequestExpiryJob expiry;

	long ownedIkm;
	LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@BeforeEach
	void ownersIkm() {
		ownedIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	static final String BUYER = """
			{"username": "%s", "password": "Kain-Batik-Cap-2024", "profile": {
			  "companyName": "PT Seragam Haji Nusantara", "contactName": "Siti Aminah", "email": "siti@example.org",
			  "buyerType": "%s", "countryCode": "ID", "provinceCode": "31", "techniques": ["CAP"],
			  "categories": ["FABRIC"], "volumePerMonth": 3000, "volumeUnit": "METRE",
			  "priceMinIdr": 50000, "priceMaxIdr": 150000, "batikmarkRequired": true}}""";

	/** An event, a buyer signed up and approved, the owner's IKM opted in and approved: [buyerId, sellerId]. */
	long[] twoApprovedParticipants(String code, String username, String buyerType) throws Exception {
		EventFixtures.openCall(events, code, today.minusDays(1), today.plusDays(10));
		long buyer = id(mvc.perform(post("/api/v1/events/" + code + "/matching/buyers")
			.contentType(MediaType.APPLICATION_JSON).content(BUYER.formatted(username, buyerType)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.side").value("BUYER")));
		long seller = id(mvc.perform(post("/api/v1/events/" + code + "/matching/participants").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\": \"SELLER\", \"ikmId\": " + ownedIkm + ", \"seller\": {\"products\": \"Kain cap\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.provinceCode").value("33"))
			.andExpect(jsonPath("$.techniques").isNotEmpty()));
		for (long id : new long[] { buyer, seller }) {
			mvc.perform(post("/api/v1/events/" + code + "/matching/participants/" + id + "/approve")
				.with(logins.as("admin"))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		}
		return new long[] { buyer, seller };
	}

	@Test
	void buyerSignsUpOrganiserApprovesBuyerAsksSellerAcceptsAndTheMeetingIsThere() throws Exception {
		long[] ids = twoApprovedParticipants("TB-API-1", "siti.tb1", "HAJJ_UNIFORM");
		long buyer = ids[0];
		long seller = ids[1];

		mvc.perform(post("/api/v1/events/TB-API-1/matching/buyers").contentType(MediaType.APPLICATION_JSON)
			.content(BUYER.formatted("siti.tb1", "RETAILER"))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/events/TB-API-1/matching/buyers").contentType(MediaType.APPLICATION_JSON)
			.content(BUYER.formatted("budi.tb1", "RETAILER").replace("Kain-Batik-Cap-2024", "pendek")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());

		long request = id(send("TB-API-1", as("siti.tb1"), seller, "MUST_MEET").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.from").value(buyer)));
		send("TB-API-1", as("siti.tb1"), seller, "WOULD_LIKE").andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from notification_message where topic = 'matching.request'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(0);

		mvc.perform(get("/api/v1/events/TB-API-1/matching/requests?participant=" + seller).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received[0].id").value(request));
		mvc.perform(get("/api/v1/events/TB-API-1/matching/requests?participant=" + seller).with(logins.as("officer.35")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/TB-API-1/matching/requests/" + request + "/accept").with(as("siti.tb1")))
			.andExpect(status().isForbidden());

		long meeting = id(mvc.perform(post("/api/v1/events/TB-API-1/matching/requests/" + request + "/accept")
			.with(logins.as("owner")).contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Sampai jumpa\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.mustMeet").value(true))
			.andExpect(jsonPath("$.slotId").doesNotExist())
			.andExpect(jsonPath("$.buyerId").value(buyer)));
		mvc.perform(get("/api/v1/events/TB-API-1/matching/meetings?participant=" + buyer).with(as("siti.tb1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(meeting));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'matching_request' and entity_id = ?")
			.param(String.valueOf(request)).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from notification_message where topic = 'matching.answer'")
			.query(Long.class).single()).isPositive();

		mvc.perform(post("/api/v1/events/TB-API-1/matching/meetings/" + meeting + "/cancel").with(as("siti.tb1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		// the pair may ask again once the meeting is off
		send("TB-API-1", as("siti.tb1"), seller, "WOULD_LIKE").andExpect(status().isCreated());
	}

	@Test
	void refusalsNameTheFieldAndTheRuleAndChangeNothing() throws Exception {
		long[] ids = twoApprovedParticipants("TB-API-2", "siti.tb2", "HOTEL");
		long buyer = ids[0];
		long seller = ids[1];
		long before = requests("TB-API-2");

		mvc.perform(post("/api/v1/events/TB-API-2/matching/blocked-pairs").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"buyerId\": " + buyer + ", \"sellerId\": " + seller + ", \"reason\": \"Sengketa\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/TB-API-2/matching/blocked-pairs").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"buyerId\": " + buyer + ", \"sellerId\": " + seller + ", \"reason\": \"Sengketa dagang\"}"))
			.andExpect(status().isCreated());
		send("TB-API-2", as("siti.tb2"), seller, "MUST_MEET").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("to"))
			.andExpect(jsonPath("$.rule").value("blocked"));

		mvc.perform(put("/api/v1/events/TB-API-2/matching/settings").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestExpiryHours\": 0, \"maxRequestsPerParticipant\": 5, \"maxMeetingsPerParticipant\": 5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'requestExpiryHours')]").exists());
		mvc.perform(put("/api/v1/events/TB-API-2/matching/settings").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestExpiryHours\": 24, \"maxRequestsPerParticipant\": 5, \"maxMeetingsPerParticipant\": 5,"
					+ " \"sellerRequestsAllowed\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sellerRequestsAllowed").value(false));
		mvc.perform(post("/api/v1/events/TB-API-2/matching/requests").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\": " + buyer + ", \"preference\": \"WOULD_LIKE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("seller-requests-closed"));
		mvc.perform(post("/api/v1/events/TB-API-2/matching/requests").with(as("siti.tb2"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"preference\": \"WOULD_LIKE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'to')]").exists());
		assertThat(requests("TB-API-2")).isEqualTo(before);
	}

	@Test
	void anUnansweredRequestExpiresAndNoLongerBlocksThePair() throws Exception {
		long[] ids = twoApprovedParticipants("TB-API-3", "siti.tb3", "RETAILER");
		long seller = ids[1];
		long request = id(send("TB-API-3", as("siti.tb3"), seller, "WOULD_LIKE").andExpect(status().isCreated()));
		jdbc.sql("update matching_request set expires_at = created_at - interval '1' hour where id = ?")
			.param(request).update();

		mvc.perform(get("/api/v1/events/TB-API-3/matching/requests?participant=" + seller).with(logins.as("owner")))
			.andExpect(jsonPath("$.received[0].status").value("EXPIRED"));
		assertThat(expiry.run()).isGreaterThanOrEqualTo(1);
		mvc.perform(post("/api/v1/events/TB-API-3/matching/requests/" + request + "/accept").with(logins.as("owner")))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select status from matching_request where id = ?").param(request).query(String.class)
			.single()).isEqualTo("EXPIRED");
		send("TB-API-3", as("siti.tb3"), seller, "WOULD_LIKE").andExpect(status().isCreated());
	}

	@Test
	void theOrganiserAddsTheExhibitorsOnceAndOnlyTheOrganiser() throws Exception {
		EventFixtures.openCall(events, "TB-API-4", today.minusDays(1), today.plusDays(10));
		mvc.perform(post("/api/v1/events/TB-API-4/matching/participants/exhibitors").with(logins.as("owner")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/TB-API-4/matching/participants/exhibitors").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0));
		mvc.perform(get("/api/v1/events/TB-API-4/matching/participants").with(logins.as("assessor")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/events/NOPE-9/matching/participants").with(logins.as("admin")))
			.andExpect(status().isNotFound());
	}

	private RequestPostProcessor as(String username) {
		return logins.as(username);
	}

	private ResultActions send(String code, RequestPostProcessor who, long to, String preference) throws Exception {
		return mvc.perform(post("/api/v1/events/" + code + "/matching/requests").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\": " + to + ", \"preference\": \"" + preference + "\", \"message\": \"Salam kenal\"}"));
	}

	private long requests(String code) {
		return jdbc.sql("select count(*) from matching_request where event_code = ?").param(code).query(Long.class)
			.single();
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}
}
