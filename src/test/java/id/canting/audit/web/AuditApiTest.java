package id.canting.audit.web;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.audit.TestActors;
import id.canting.registry.events.IkmDeactivated;
import id.canting.registry.IkmId;
import id.canting.registry.events.IkmUpdated;
import id.canting.shared.FieldChange;

@CantingTest
@Transactional
class AuditApiTest {

	static final String ACTOR = "audit.api.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	/** An IKM of Jawa Tengah (33) updated, then one of Jawa Timur (35) deactivated. */
	@BeforeEach
	void twoChangesInTwoProvinces() {
		events.publishEvent(new IkmUpdated(new IkmId(990_033), "33", List.of(new FieldChange("workersFemale", "6", "30")), ACTOR));
		events.publishEvent(new IkmDeactivated(new IkmId(990_035), "35", ACTOR));
	}

	@Test
	void anAdminSeesEntriesOfEveryProvinceNewestFirstWithTheirChanges() throws Exception {
		audit(TestActors.admin(), "user", ACTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].provinceCode", containsInAnyOrder("33", "35")))
			.andExpect(jsonPath("$.content[0].action").value("DEACTIVATED"))
			.andExpect(jsonPath("$.content[1].entityType").value("ikm"))
			.andExpect(jsonPath("$.content[1].entityId").value("990033"))
			.andExpect(jsonPath("$.content[1].changes[0].field").value("workersFemale"))
			.andExpect(jsonPath("$.content[1].changes[0].oldValue").value("6"))
			.andExpect(jsonPath("$.content[1].changes[0].newValue").value("30"));
	}

	@Test
	void anOfficerSearchingBroadlySeesOnlyTheirProvince() throws Exception {
		audit(TestActors.officerOf("33"), "user", ACTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].entityId").value("990033"));
		audit(TestActors.officerOf("33"), "size", "200").andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()", greaterThan(0)))
			.andExpect(jsonPath("$.content[*].provinceCode", everyItem(is("33"))));
	}

	@Test
	void anOfficerGetsTheHistoryOfAnIkmOfTheirProvinceButIsRefusedOneOfAnother() throws Exception {
		audit(TestActors.officerOf("33"), "entity", "ikm", "id", "990033").andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)));
		audit(TestActors.officerOf("33"), "entity", "ikm", "id", "990035").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anIkmOwnerSeesOnlyTheirOwnIkm() throws Exception {
		audit(TestActors.ownerOf(990_033L), "size", "200").andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].entityId").value("990033"));
		audit(TestActors.ownerOf(990_033L), "entity", "ikm", "id", "990035").andExpect(status().isForbidden());
		audit(TestActors.ownerOf(990_033L), "entity", "sentra", "id", "1").andExpect(status().isForbidden());
	}

	@Test
	void aBuyerMayNotReadTheTrail() throws Exception {
		audit(TestActors.buyer()).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badFiltersAreRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/audit").with(authentication(TestActors.admin())).param("from", "2024-13-01")
			.with(offTheDocument())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		audit(TestActors.admin(), "from", "2024-10-06", "to", "2024-10-02").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		audit(TestActors.admin(), "entity", "no_such_record").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entity"));
		audit(TestActors.admin(), "sort", "actor,asc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void aDateRangeIncludesBothDays() throws Exception {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
		audit(TestActors.admin(), "user", ACTOR, "from", today, "to", today).andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2));
		audit(TestActors.admin(), "user", ACTOR, "to", "2024-10-02").andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	private ResultActions audit(Authentication who, String... params) throws Exception {
		var request = get("/api/v1/audit").with(authentication(who));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}
}
