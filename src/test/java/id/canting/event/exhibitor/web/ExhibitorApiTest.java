package id.canting.event.exhibitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

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
import id.canting.event.EventView;
import id.canting.event.exhibitor.EventFixtures;
import id.canting.event.exhibitor.internal.Criterion;
import id.canting.event.exhibitor.internal.ExhibitorApplication;
import id.canting.event.exhibitor.internal.ExhibitorApplications;
import id.canting.event.exhibitor.internal.ExhibitorInput;
import id.canting.event.internal.EventManagement;
import id.canting.registry.ProductCategory;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Exhibitor applications, curation and booths through {@code /api/v1}: the owner applies in the call's
 * window (outside it 422, twice 409), the province's officer endorses, the curator scores; constraints
 * that cannot be met are explained (422, which and by how much); a booth given twice is refused (409).
 * Every refusal changes nothing.
 */
@CantingTest
@Transactional
class ExhibitorApiTest {

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
	ExhibitorApplications applications;

	long ownedIkm;
	LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	@BeforeEach
	void ownersIkm() {
		ownedIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@Test
	void ownerAppliesSubmitsOfficerEndorsesCuratorScores() throws Exception {
		EventFixtures.openCall(events, "EXPO-T1", today.minusDays(1), today.plusDays(10));
		long id = id(apply("EXPO-T1", "owner", """
				{"products": "Kain batik tulis pewarna alam", "categories": ["FABRIC", "ACCESSORY"],
				 "boothNeeds": ["ELECTRICITY"]}""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.provinceCode").value("33"))
			.andExpect(jsonPath("$.batikmark").isNotEmpty())
			.andExpect(jsonPath("$.techniques").isNotEmpty())
			.andReturn().getResponse().getContentAsString());

		apply("EXPO-T1", "owner", "{\"products\": \"Lagi\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("one application per IKM")));
		step(id, "submit", "owner", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		step(id, "endorse", "officer.35", null).andExpect(status().isForbidden());
		step(id, "endorse", "officer.33", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ENDORSED"));
		mvc.perform(put("/api/v1/exhibitor-applications/" + id + "/score").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"points\": {\"PRODUCT_QUALITY\": 8, \"MOTIF_ORIGINALITY\": 6, \"BATIKMARK\": 10, \"MARKET_READINESS\": 5}}"))
			.andExpect(status().isOk())
			// (40·8 + 30·6 + 10·10 + 20·5) / 100 = 7.00
			.andExpect(jsonPath("$.score").value(7.0));
		mvc.perform(put("/api/v1/exhibitor-applications/" + id + "/score").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"PRODUCT_QUALITY\": 11}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'points.PRODUCT_QUALITY')]").exists());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'exhibitor' and entity_id = :id")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void applicationOutsideTheCallsWindowIsRefusedAndChangesNothing() throws Exception {
		EventFixtures.openCall(events, "EXPO-T2", today.plusDays(5), today.plusDays(15));
		long before = applications();

		apply("EXPO-T2", "owner", "{\"products\": \"Kain batik\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("not open")))
			.andExpect(jsonPath("$.detail", containsString(today.plusDays(5).toString())));
		mvc.perform(post("/api/v1/events/EXPO-T2/exhibitor-applications?lang=id").with(logins.as("owner"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"products\": \"Kain batik\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("tidak dibuka")));
		apply("EXPO-T2", "owner", "{\"products\": \"\"}").andExpect(status().isUnprocessableContent());
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void blankProductsNameTheField() throws Exception {
		EventFixtures.openCall(events, "EXPO-T3", today.minusDays(1), today.plusDays(10));

		apply("EXPO-T3", "owner", "{\"products\": \" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("products"));
	}

	@Test
	void constraintsThatCannotBeMetAreExplained() throws Exception {
		EventView event = EventFixtures.openCall(events, "EXPO-T4", today.minusDays(1), today.plusDays(10));
		endorsedAndScored(event, ikmOf("33", 0), 8);
		endorsedAndScored(event, ikmOf("35", 0), 7);

		mvc.perform(post("/api/v1/events/EXPO-T4/curation/proposals?lang=en").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"booths\": 5, \"minProvinces\": 4, \"prisonUnitPlaces\": 0, \"maxPerSentra\": 2}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("minProvinces"))
			.andExpect(jsonPath("$.errors[0].message").value("at least 4 provinces: the applicants come from 2 — short by 2"))
			.andExpect(jsonPath("$.shortfalls[0].shortBy").value(2));
		mvc.perform(post("/api/v1/events/EXPO-T4/curation/proposals?lang=en").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"booths\": 0, \"maxPerSentra\": 2}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("booths"));
		mvc.perform(post("/api/v1/events/EXPO-T4/curation/proposals?lang=en").with(logins.as("officer.33"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"booths\": 2, \"maxPerSentra\": 2}"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/events/EXPO-T4/curation/proposals?lang=en").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"booths\": 1, \"minProvinces\": 1, \"maxPerSentra\": 2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.optimal").value(true))
			.andExpect(jsonPath("$.totalScore").value(8.0))
			.andExpect(jsonPath("$.bound").value(8.0))
			.andExpect(jsonPath("$.selected", hasSize(1)))
			.andExpect(jsonPath("$.leftOut[0].reasonCode").value("lower-score"))
			.andExpect(jsonPath("$.leftOut[0].reason").value("lower score than the last selected (8.00)"));
	}

	@Test
	void aBoothGivenTwiceIsRefused() throws Exception {
		EventView event = EventFixtures.openCall(events, "EXPO-T5", today.minusDays(1), today.plusDays(10));
		long first = endorsedAndScored(event, ikmOf("33", 0), 8).id().value();
		long second = endorsedAndScored(event, ikmOf("35", 0), 7).id().value();
		mvc.perform(post("/api/v1/events/EXPO-T5/curation/selection?lang=en").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"constraints\": {\"booths\": 1, \"maxPerSentra\": 2}, \"selected\": [" + first + ", " + second + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("booths"))
			.andExpect(jsonPath("$.errors[0].message").value("2 exhibitors for 1 booths"));
		mvc.perform(post("/api/v1/events/EXPO-T5/curation/selection?lang=en").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"constraints\": {\"booths\": 2, \"maxPerSentra\": 2}, \"selected\": [" + first + ", " + second + "]}"))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/events/EXPO-T5/booths").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rows\": 2, \"columns\": 3, \"keepSentraApart\": true}")).andExpect(status().isOk());

		booth(first, "a1").andExpect(status().isOk()).andExpect(jsonPath("$.booth").value("A1"));
		booth(second, "A1").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Booth A1 is already given to")));
		booth(second, "Z9").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("booth"));
		assertThat(applications.application(Actor.SYSTEM, new id.canting.event.exhibitor.ExhibitorApplicationId(second))
			.booth()).isNull();
		booth(second, "B3").andExpect(status().isOk());
	}

	private ExhibitorApplication endorsedAndScored(EventView event, long ikm, int points) {
		ExhibitorApplication application = applications.applyAsDemo(event, ikm,
				new ExhibitorInput(ikm, "Kain batik", Set.of(ProductCategory.FABRIC), Set.of(), Set.of(), null), "owner");
		applications.submitAsDemo(application, "owner");
		applications.endorse(Actor.SYSTEM, application.id());
		Map<Criterion, Integer> all = Map.of(Criterion.PRODUCT_QUALITY, points, Criterion.MOTIF_ORIGINALITY, points,
				Criterion.BATIKMARK, points, Criterion.MARKET_READINESS, points);
		return applications.score(new Actor("admin", Role.ADMIN, null, Set.of()), application.id(), all);
	}

	private long ikmOf(String province, int nth) {
		return jdbc.sql("select id from ikm where province_code = :p and status = 'ACTIVE' and kind = 'REGULAR' and sentra_id is null order by id")
			.param("p", province).query(Long.class).list().get(nth);
	}

	private long applications() {
		return jdbc.sql("select count(*) from exhibitor_application").query(Long.class).single();
	}

	private ResultActions apply(String code, String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/events/" + code + "/exhibitor-applications?lang=en").with(logins.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions step(long id, String step, String user, String body) throws Exception {
		var request = post("/api/v1/exhibitor-applications/" + id + "/" + step).with(logins.as(user));
		return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions booth(long id, String booth) throws Exception {
		return mvc.perform(put("/api/v1/exhibitor-applications/" + id + "/booth?lang=en").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"booth\": \"" + booth + "\"}"));
	}

	private static long id(String json) {
		return Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}
}
