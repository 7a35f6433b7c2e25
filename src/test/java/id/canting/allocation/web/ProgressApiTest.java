package id.canting.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import id.canting.allocation.internal.progress.PaceAlertJob;
import id.canting.allocation.internal.progress.ProgressFixture;
import id.canting.allocation.internal.progress.ProgressFixture.Made;
import id.canting.allocation.internal.progress.ProgressFixture.Part;

/**
 * Progress reports, pace alerts, dashboards and the plan workbook through {@code /api/v1}: the owner
 * reports and the order moves into production, bad reports are refused naming field and rule with
 * nothing written, the last delivery makes the order DELIVERED, the alert job raises a producer behind
 * pace once a day, the dashboard and workbook show the plan to staff and the order's buyer only.
 */
@CantingTest
@Transactional
class ProgressApiTest {

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
	@Autowired
	PaceAlertJob alerts;

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

	Made order(String reference, int daysAgo) {
		return fixture.confirmed(reference, "buyer", daysAgo, 40,
				List.of(new Part(owned, "33", 400, 200), new Part(jateng, "33", 300, 0), new Part(jatim, "35", 0, 100)));
	}

	ResultActions report(Made order, String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/allocation/orders/" + order.orderId() + "/progress").with(logins.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String statusOf(Made order) {
		return jdbc.sql("select status from allocation_order where id = ?").param(order.orderId()).query(String.class).single();
	}

	@Test
	void theOwnerReportsProductionAndDeliveriesAndTheFirstReportStartsProduction() throws Exception {
		Made order = order("UJI-PROG-1", 10);
		report(order, "owner", """
				{"producedToDate": 300, "deliveries": [{"point": "JKT", "quantity": 200, "deliveredOn": "%s"}]}"""
			.formatted(today))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ikmId").value(owned))
			.andExpect(jsonPath("$.allocated").value(600))
			.andExpect(jsonPath("$.produced").value(300))
			.andExpect(jsonPath("$.delivered").value(200))
			.andExpect(jsonPath("$.points[?(@.point == 'JKT')].remaining").value(200))
			.andExpect(jsonPath("$.pace.tolerancePercent").value(5));
		assertThat(statusOf(order)).isEqualTo("IN_PRODUCTION");
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'allocation_order' and entity_id = ? order by id")
			.param(String.valueOf(order.orderId())).query(String.class).list())
			.containsExactly("PRODUCTION_REPORTED", "DELIVERY_REPORTED", "STATUS_CHANGED");

		// a second report: production only, the order stays in production
		report(order, "owner", "{\"producedToDate\": 350}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.produced").value(350));
		assertThat(statusOf(order)).isEqualTo("IN_PRODUCTION");

		mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/progress").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.producers.length()").value(1))
			.andExpect(jsonPath("$.producers[0].produced").value(350));
		mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/progress").with(logins.as("officer.35")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.producers.length()").value(3));
	}

	@Test
	void badReportsAreRefusedNamingTheFieldAndTheRuleAndNothingIsWritten() throws Exception {
		Made order = order("UJI-PROG-2", 10);
		report(order, "owner", "{\"producedToDate\": 100}").andExpect(status().isCreated());
		long before = jdbc.sql("select count(*) from allocation_progress where order_id = ?").param(order.orderId())
			.query(Long.class).single();

		report(order, "owner", "{\"producedToDate\": 601}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("producedToDate"))
			.andExpect(jsonPath("$.errors[0].message", containsString("600")));
		report(order, "owner", "{\"producedToDate\": 90}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("producedToDate"))
			.andExpect(jsonPath("$.errors[0].message", containsString("100")));
		report(order, "owner", "{\"producedToDate\": 200, \"reportedOn\": \"%s\"}".formatted(today.plusDays(1)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reportedOn"));
		report(order, "owner", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("producedToDate"));
		report(order, "owner", """
				{"producedToDate": 600, "deliveries": [{"point": "SBY", "quantity": 201, "deliveredOn": "%s"}]}"""
			.formatted(today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deliveries[0].quantity"))
			.andExpect(jsonPath("$.errors[0].message", containsString("SBY")));
		report(order, "owner", """
				{"deliveries": [{"point": "XXX", "quantity": 1, "deliveredOn": "%s"}]}""".formatted(today))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deliveries[0].point"));
		report(order, "owner", """
				{"deliveries": [{"point": "JKT", "quantity": 150, "deliveredOn": "%s"}]}""".formatted(today))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("producedToDate"))
			.andExpect(jsonPath("$.errors[0].message", containsString("150")));
		// someone else's IKM: the owner and the other province's officer may not report for it
		report(order, "owner", "{\"ikmId\": %d, \"producedToDate\": 10}".formatted(jateng)).andExpect(status().isForbidden());
		report(order, "officer.35", "{\"ikmId\": %d, \"producedToDate\": 10}".formatted(jateng)).andExpect(status().isForbidden());
		report(order, "officer.33", "{\"ikmId\": %d, \"producedToDate\": 10}".formatted(jatim)).andExpect(status().isForbidden());
		// an IKM without a quantity on the order
		report(order, "admin", "{\"ikmId\": 999999999, \"producedToDate\": 10}").andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from allocation_progress where order_id = ?").param(order.orderId())
			.query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from allocation_delivery where order_id = ?").param(order.orderId())
			.query(Long.class).single()).isZero();

		jdbc.sql("update allocation_order set status = 'CLOSED' where id = ?").param(order.orderId()).update();
		report(order, "owner", "{\"producedToDate\": 200}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("CLOSED")));
		mvc.perform(post("/api/v1/allocation/orders/0/progress").with(logins.as("admin"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"ikmId\": 1, \"producedToDate\": 1}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theReportCompletingTheDeliveriesMarksTheOrderDelivered() throws Exception {
		Made order = order("UJI-PROG-3", 10);
		String on = today.toString();
		report(order, "officer.33", """
				{"ikmId": %d, "producedToDate": 600, "deliveries": [{"point": "JKT", "quantity": 400, "deliveredOn": "%s"},
				 {"point": "SBY", "quantity": 200, "deliveredOn": "%s"}]}""".formatted(owned, on, on)).andExpect(status().isCreated());
		report(order, "officer.33", """
				{"ikmId": %d, "producedToDate": 300, "deliveries": [{"point": "JKT", "quantity": 300, "deliveredOn": "%s"}]}"""
			.formatted(jateng, on)).andExpect(status().isCreated());
		assertThat(statusOf(order)).isEqualTo("IN_PRODUCTION");
		report(order, "officer.35", """
				{"ikmId": %d, "producedToDate": 100, "deliveries": [{"point": "SBY", "quantity": 100, "deliveredOn": "%s"}]}"""
			.formatted(jatim, on)).andExpect(status().isCreated());
		assertThat(statusOf(order)).isEqualTo("DELIVERED");
		report(order, "officer.35", "{\"ikmId\": %d, \"producedToDate\": 100}".formatted(jatim))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theAlertJobRaisesAProducerBehindPaceOnceADayAndTellsItAndItsOfficers() throws Exception {
		Made order = order("UJI-PROG-4", 20);
		// 20 days in, 40 left: the owner made 200 of 600 (10 a day → 600: on pace); jateng 50 of 300 (→ 150: behind);
		// jatim has not reported (→ 0: behind)
		report(order, "owner", "{\"producedToDate\": 200}").andExpect(status().isCreated());
		report(order, "admin", "{\"ikmId\": %d, \"producedToDate\": 50}".formatted(jateng)).andExpect(status().isCreated());
		long mails = jdbc.sql("select count(*) from notification_message where topic = 'allocation.behind-pace'")
			.query(Long.class).single();

		alerts.run();
		List<Long> raised = jdbc.sql("select ikm_id from allocation_pace_alert where order_id = ? order by ikm_id")
			.param(order.orderId()).query(Long.class).list();
		assertThat(raised).containsExactlyInAnyOrder(jateng, jatim);
		assertThat(jdbc.sql("select projected from allocation_pace_alert where order_id = ? and ikm_id = ?")
			.params(order.orderId(), jateng).query(Long.class).single()).isEqualTo(150);
		long written = jdbc.sql("select count(*) from notification_message where topic = 'allocation.behind-pace'")
			.query(Long.class).single();
		assertThat(written).isGreaterThan(mails);

		alerts.run();
		assertThat(jdbc.sql("select count(*) from allocation_pace_alert where order_id = ?").param(order.orderId())
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from notification_message where topic = 'allocation.behind-pace'")
			.query(Long.class).single()).isEqualTo(written);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'BEHIND_PACE'")
			.param(String.valueOf(order.orderId())).query(Long.class).single()).isEqualTo(2);

		mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/dashboard").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.behindPace").value(2))
			.andExpect(jsonPath("$.behindPace[?(@.ikmId == %d)].projected".formatted(jateng)).value(150));
	}

	@Test
	void theDashboardAndThePlanWorkbookShowThePlanToStaffAndTheOrdersBuyerOnly() throws Exception {
		Made order = order("UJI-PROG-5", 10);
		Made other = fixture.confirmed("UJI-PROG-6", "buyer.lain", 10, 40, List.of(new Part(owned, "33", 700, 300)));
		report(order, "owner", """
				{"producedToDate": 300, "deliveries": [{"point": "JKT", "quantity": 250, "deliveredOn": "%s"}]}"""
			.formatted(today)).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/dashboard").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("UJI-PROG-5"))
			.andExpect(jsonPath("$.totals.allocated").value(1000))
			.andExpect(jsonPath("$.totals.delivered").value(250))
			.andExpect(jsonPath("$.totals.producers").value(3))
			.andExpect(jsonPath("$.byPoint[?(@.code == 'JKT')].allocated").value(700))
			.andExpect(jsonPath("$.byPoint[?(@.code == 'JKT')].delivered").value(250))
			.andExpect(jsonPath("$.byProvince[?(@.code == '33')].allocated").value(900))
			.andExpect(jsonPath("$.shares.length()").value(3));
		mvc.perform(get("/api/v1/allocation/orders/" + other.orderId() + "/dashboard").with(logins.as("buyer")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/dashboard").with(logins.as("owner")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/allocation/dashboard").with(logins.as("buyer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orders[?(@.reference == 'UJI-PROG-5')]").isNotEmpty())
			.andExpect(jsonPath("$.orders[?(@.reference == 'UJI-PROG-6')]").isEmpty());
		mvc.perform(get("/api/v1/allocation/dashboard").with(logins.as("officer.35")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orders[?(@.reference == 'UJI-PROG-6')]").isNotEmpty());

		byte[] file = mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/plan.xlsx").with(logins.as("buyer")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("JKT");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("SBY");
			assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Per produsen");
			assertThat(workbook.getSheet("JKT").getRow(0).getCell(1).getStringCellValue()).isEqualTo("IKM");
			assertThat(workbook.getSheet("JKT").getPhysicalNumberOfRows()).isEqualTo(3); // header + owner + jateng
			double jkt = 0;
			for (int r = 1; r < workbook.getSheet("JKT").getPhysicalNumberOfRows(); r++) {
				jkt += workbook.getSheet("JKT").getRow(r).getCell(5).getNumericCellValue();
			}
			assertThat(jkt).isEqualTo(700);
			assertThat(workbook.getSheet("Per produsen").getPhysicalNumberOfRows()).isEqualTo(5);
		}
		byte[] english = mvc.perform(get("/api/v1/allocation/orders/" + order.orderId() + "/plan.xlsx?lang=en")
			.with(logins.as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
			assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("By producer");
			assertThat(workbook.getSheet("SBY").getRow(0).getCell(5).getStringCellValue()).isEqualTo("Quantity allocated");
		}
		mvc.perform(get("/api/v1/allocation/orders/" + other.orderId() + "/plan.xlsx").with(logins.as("buyer")))
			.andExpect(status().isNotFound());
	}
}
