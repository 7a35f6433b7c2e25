package id.canting.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.OrderInput;
import id.canting.allocation.internal.OrderService;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * The plan through {@code /api/v1} and its page, on the demo's IKM: an order planned, confirmed and read by
 * an officer (their province's producers only); an order beyond every capacity refused with 422 and the
 * reason in words, nothing written.
 */
@CantingTest
@Transactional
class PlanApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	OrderService orders;
	@Autowired
	JdbcClient jdbc;

	AllocationOrder order(long quantity) {
		long jakarta = quantity * 3 / 5;
		return orders.create(new Actor("admin", Role.ADMIN, null, Set.of()), new OrderInput("Seragam uji", "Bank Uji",
				null, "CAP", "Parang", "Katun", "PIECE", quantity, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30),
				false, false, "NOT_REQUIRED", "NOT_REQUIRED", false, 0L, null, new BigDecimal("0.5"),
				List.of(new OrderInput.PointInput("JKT", "Jakarta", "31", jakarta),
						new OrderInput.PointInput("SBY", "Surabaya", "35", quantity - jakarta)),
				List.of("33")));
	}

	@Test
	void plansConfirmsAndShowsAnOfficerTheirProvince() throws Exception {
		long id = order(20_000).id();

		mvc.perform(post("/api/v1/allocation/orders/{id}/plan?lang=en", id).with(csrf()).with(logins.as("admin")))
			.andDo(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
				.isEqualTo(200))
			.andExpect(jsonPath("$.version", is(1)))
			.andExpect(jsonPath("$.status", is("PROPOSED")))
			.andExpect(jsonPath("$.demand", is(20000)))
			.andExpect(jsonPath("$.allocated", is(20000)))
			.andExpect(jsonPath("$.gapPercent").isNumber())
			.andExpect(jsonPath("$.producers[0].reason").isString())
			.andExpect(jsonPath("$.points[1].planned", is(8000)));
		mvc.perform(post("/api/v1/allocation/orders/{id}/plan/confirm", id).with(csrf()).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)));
		mvc.perform(get("/api/v1/allocation/orders/{id}/plan", id).with(logins.as("officer.35")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CONFIRMED")))
			.andExpect(jsonPath("$.producers[*].provinceCode", everyItem(is("35"))));
		mvc.perform(get("/allocation/orders/{id}/plan?lang=en", id).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-summary\"")))
			.andExpect(content().string(containsString("20,000 pieces")));
		mvc.perform(get("/allocation/orders/{id}/plan?lang=id", id).with(logins.as("admin")))
			.andExpect(content().string(containsString("20.000 potong")));
	}

	@Test
	void refusesAnOrderBeyondEveryCapacityWithTheReasonAndWritesNothing() throws Exception {
		long id = order(900_000_000L).id();

		mvc.perform(post("/api/v1/allocation/orders/{id}/plan?lang=en", id).with(csrf()).with(logins.as("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0].rule", is("allocation.plan.infeasible.capacity-short")))
			.andExpect(jsonPath("$.reasons[0].message", containsString("Capacity short by")))
			.andExpect(jsonPath("$.detail", containsString("pieces")));
		assertThat(jdbc.sql("select count(*) from allocation_plan where order_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void anOfficerLocksOnlyTheirProvincesIkm() throws Exception {
		long id = order(2_000).id();
		String body = mvc.perform(get("/api/v1/allocation/orders/{id}/plan", id).with(logins.as("officer.35")))
			.andExpect(jsonPath("$.producers.length()", greaterThan(0)))
			.andReturn().getResponse().getContentAsString();
		long own = Long.parseLong(body.replaceAll("(?s).*?\"ikmId\":(\\d+).*", "$1"));
		long other = jdbc.sql("select id from ikm where province_code = '33' order by id fetch first 1 rows only")
			.query(Long.class).single();

		mvc.perform(put("/api/v1/allocation/orders/{id}/locks/{ikm}", id, own).with(csrf()).with(logins.as("officer.35"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"quantity\": 1}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/allocation/orders/{id}/locks/{ikm}", id, other).with(csrf()).with(logins.as("officer.35"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"quantity\": 1}"))
			.andExpect(status().isForbidden());
	}
}
