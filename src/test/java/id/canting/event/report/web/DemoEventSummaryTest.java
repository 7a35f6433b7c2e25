package id.canting.event.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.CantingTest;

/**
 * The demo's HBN 2024 as the issue tells it: 26 exhibitors (24 IKM and 2 prison units) from 10 provinces,
 * and the registrations and attendance of its FGD and workshops, read through the public summary API
 * with the real registration and exhibitor rooms behind it (no stubs). The registration figures are
 * counted here straight from the rooms' tables, so a summary that dropped or double-counted a session
 * fails.
 */
@CantingTest
class DemoEventSummaryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hbn2024ReproducesTwentySixExhibitorsFromTenProvincesWithTwoPrisonUnits() throws Exception {
		long registrations = jdbc.sql("""
				select count(*) from event_registration where event_code = 'HBN-2024' and status <> 'CANCELLED'""")
			.query(Long.class).single();
		long attended = jdbc.sql("""
				select count(*) from event_registration where event_code = 'HBN-2024' and checked_in_at is not null""")
			.query(Long.class).single();
		assertThat(registrations).as("the demo registers people for HBN 2024").isPositive();
		assertThat(attended).as("and checks some of them in").isPositive().isLessThan(registrations);
		mvc.perform(get("/api/v1/events/HBN-2024/summary"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exhibitors").value(26))
			.andExpect(jsonPath("$.provinces").value(10))
			.andExpect(jsonPath("$.prisonUnits").value(2))
			.andExpect(jsonPath("$.registrations").value(registrations))
			.andExpect(jsonPath("$.attendance").value(attended));
	}
}
