package id.canting.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

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
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.progress.ProgressFixture;
import id.canting.allocation.internal.progress.ProgressFixture.Made;
import id.canting.allocation.internal.progress.ProgressFixture.Part;

/**
 * Re-allocation through {@code /api/v1}: producers behind pace are capped at their projection and the
 * plan room re-plans the rest; what was delivered stays with its producer at its point, the demand is
 * still met, the change is audited and the producers told; caps are checked, officers cap only their
 * province, and an order not in production is refused.
 */
@CantingTest
@Transactional
class ReallocationApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestLogins logins;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AccountSessions sessions;
	@Autowired
	AllocationOrderRepository orders;

	ProgressFixture fixture;
	long owned;
	long jateng;
	long jatim;
	LocalDate today;

	@BeforeEach
	void producers() {
		fixture = new ProgressFixture(orders, jdbc);
		ProgressFixture.Producers producers = ProgressFixture.Producers
			.of(jdbc, sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next());
		owned = producers.owned();
		jateng = producers.jateng();
		jatim = producers.jatim();
		today = ProgressFixture.today();
	}

	Made order(String reference) {
		return fixture.confirmed(reference, "buyer", 20, 40,
				List.of(new Part(owned, "33", 400, 200), new Part(jateng, "33", 300, 0), new Part(jatim, "35", 0, 100)));
	}

	ResultActions post(String path, String user, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(logins.as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	long planned(Made order, long ikm, long point) {
		return jdbc.sql("""
				select coalesce(sum(d.quantity), 0) from allocation_plan_delivery d join allocation_plan p on p.id = d.plan_id
				where p.order_id = ? and p.status = 'CONFIRMED' and d.ikm_id = ? and d.delivery_point_id = ?""")
			.params(order.orderId(), ikm, point).query(Long.class).single();
	}

	@Test
	void producersBehindPaceAreCappedAtTheirProjectionAndWhatWasDeliveredStays() throws Exception {
		Made order = order("UJI-REALOK-1");
		String api = "/api/v1/allocation/orders/" + order.orderId();
		// 20 days in, 40 left: the owner on pace (200 → 600); jateng behind (50 → 150); jatim silent (→ 0)
		post(api + "/progress", "owner", """
				{"producedToDate": 200, "deliveries": [{"point": "JKT", "quantity": 150, "deliveredOn": "%s"}]}"""
			.formatted(today)).andExpect(status().isCreated());
		post(api + "/progress", "admin", """
				{"ikmId": %d, "producedToDate": 50, "deliveries": [{"point": "JKT", "quantity": 50, "deliveredOn": "%s"}]}"""
			.formatted(jateng, today)).andExpect(status().isCreated());

		post(api + "/reallocate", "admin", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planVersion").value(2))
			.andExpect(jsonPath("$.caps[?(@.ikmId == %d)].cap".formatted(jateng)).value(150))
			.andExpect(jsonPath("$.caps[?(@.ikmId == %d)].cap".formatted(jatim)).value(0))
			.andExpect(jsonPath("$.changes[?(@.ikmId == %d)].after".formatted(jatim)).value(0));

		assertThat(jdbc.sql("select status from allocation_plan where order_id = ? order by version").param(order.orderId())
			.query(String.class).list()).containsExactly("SUPERSEDED", "CONFIRMED");
		assertThat(planned(order, owned, order.jkt())).isGreaterThanOrEqualTo(150);
		assertThat(planned(order, jateng, order.jkt())).isBetween(50L, 150L);
		assertThat(planned(order, jatim, order.sby())).isZero();
		assertThat(jdbc.sql("""
				select coalesce(sum(d.quantity), 0) from allocation_plan_delivery d join allocation_plan p on p.id = d.plan_id
				where p.order_id = ? and p.status = 'CONFIRMED'""").param(order.orderId()).query(Long.class).single())
			.isEqualTo(1000);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action in ('REALLOCATED', 'QUANTITY_CHANGED')")
			.param(String.valueOf(order.orderId())).query(Long.class).single()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select status from allocation_order where id = ?").param(order.orderId()).query(String.class).single())
			.isEqualTo("IN_PRODUCTION");
	}

	@Test
	void capsAreCheckedAndOfficersCapOnlyTheirProvince() throws Exception {
		Made order = order("UJI-REALOK-2");
		String api = "/api/v1/allocation/orders/" + order.orderId();
		post(api + "/progress", "owner", "{\"producedToDate\": 250}").andExpect(status().isCreated());

		post(api + "/reallocate", "admin", "{\"caps\": [{\"ikmId\": %d, \"cap\": 200}]}".formatted(owned))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caps[0].cap"));
		post(api + "/reallocate", "admin", "{\"caps\": [{\"ikmId\": 999999999, \"cap\": 10}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caps[0].ikmId"));
		post(api + "/reallocate", "officer.35", "{\"caps\": [{\"ikmId\": %d, \"cap\": 250}]}".formatted(owned))
			.andExpect(status().isForbidden());
		post(api + "/reallocate", "buyer", "{}").andExpect(status().isForbidden());
		post(api + "/reallocate", "owner", "{}").andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from allocation_plan where order_id = ?").param(order.orderId())
			.query(Long.class).single()).isEqualTo(1);

		jdbc.sql("update allocation_order set status = 'DELIVERED' where id = ?").param(order.orderId()).update();
		post(api + "/reallocate", "admin", "{}").andExpect(status().isUnprocessableContent());
	}
}
