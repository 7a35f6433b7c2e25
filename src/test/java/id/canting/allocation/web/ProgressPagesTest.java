package id.canting.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.progress.ProgressFixture;
import id.canting.allocation.internal.progress.ProgressFixture.Made;
import id.canting.allocation.internal.progress.ProgressFixture.Part;

/**
 * The progress pages: the owner's list of allocations and report form (a refusal shown next to its field,
 * nothing written; a report taken with a redirect), the staff's view of every producer, and the
 * dashboards with their charts' tables, numbers in the page's language.
 */
@CantingTest
@Transactional
class ProgressPagesTest {

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

	long owned;
	long jatim;
	Made order;

	@BeforeEach
	void order() {
		owned = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		jatim = jdbc.sql("select min(id) from ikm where province_code = '35' and status = 'ACTIVE'").query(Long.class).single();
		order = new ProgressFixture(orders, jdbc).confirmed("UJI-HAL-1", "buyer", 20, 40,
				List.of(new Part(owned, "33", 700, 200), new Part(jatim, "35", 0, 100)));
	}

	@Test
	void theOwnerSeesItsAllocationAndReportsFromItsPhone() throws Exception {
		mvc.perform(get("/allocation/my-allocations").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"allocation-" + order.orderId() + "-" + owned + "\"")))
			.andExpect(content().string(containsString("900")));
		String page = "/allocation/orders/" + order.orderId() + "/progress";
		mvc.perform(get(page).with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-form-" + owned + "\"")))
			.andExpect(content().string(not(containsString("id=\"producer-" + jatim + "\""))))
			.andExpect(content().string(not(containsString("id=\"reallocate-form\""))));

		mvc.perform(post(page).with(logins.as("owner")).with(csrf()).param("ikmId", String.valueOf(owned)).param("producedToDate", "901")
			.param("deliveries[0].point", "JKT").param("deliveries[0].quantity", "").param("deliveries[0].deliveredOn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"producedToDate-error-" + owned + "\"")))
			.andExpect(content().string(containsString("tidak boleh melebihi alokasi IKM (900)")));
		assertThat(jdbc.sql("select count(*) from allocation_progress where order_id = ?").param(order.orderId())
			.query(Long.class).single()).isZero();

		mvc.perform(post(page).with(logins.as("owner")).with(csrf()).param("ikmId", String.valueOf(owned)).param("producedToDate", "300")
			.param("deliveries[0].point", "JKT").param("deliveries[0].quantity", "120")
			.param("deliveries[0].deliveredOn", ProgressFixture.today().toString())
			.param("deliveries[1].point", "SBY").param("deliveries[1].quantity", "").param("deliveries[1].deliveredOn", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page + "#producer-" + owned));
		assertThat(jdbc.sql("select sum(quantity) from allocation_delivery where order_id = ?").param(order.orderId())
			.query(Long.class).single()).isEqualTo(120);
	}

	@Test
	void staffSeeEveryProducerWithItsPaceAndMayReallocate() throws Exception {
		mvc.perform(get("/allocation/orders/" + order.orderId() + "/progress").with(logins.as("officer.35")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"producer-" + owned + "\"")))
			.andExpect(content().string(containsString("id=\"producer-" + jatim + "\"")))
			.andExpect(content().string(containsString("data-behind=\"true\"")))
			.andExpect(content().string(containsString("id=\"reallocate-form\"")))
			.andExpect(content().string(containsString("id=\"progress-form-" + jatim + "\"")))
			.andExpect(content().string(not(containsString("id=\"progress-form-" + owned + "\""))));
	}

	@Test
	void theDashboardsShowAllocatedAgainstDeliveredInThePagesLanguage() throws Exception {
		mvc.perform(get("/allocation/orders/" + order.orderId() + "/dashboard").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"table-by-point\"")))
			.andExpect(content().string(containsString("data-chart-for=\"table-by-province\"")))
			.andExpect(content().string(containsString("id=\"share-WOMEN_OWNED\"")))
			.andExpect(content().string(containsString("1.000")))
			.andExpect(content().string(containsString("/allocation/orders/" + order.orderId() + "/plan.xlsx")));
		mvc.perform(get("/allocation/orders/" + order.orderId() + "/dashboard?lang=en").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,000")))
			.andExpect(content().string(containsString("Allocated and delivered by delivery point")));
		mvc.perform(get("/allocation/dashboard").with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"order-" + order.orderId() + "\"")))
			// across orders there is no per-point section (each order has its own points), not an empty one
			.andExpect(content().string(not(containsString("id=\"by-point\""))));
	}
}
