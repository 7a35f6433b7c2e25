package id.canting.programme.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.ProgrammeTestData;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.impact.internal.ProgrammeDashboard;
import id.canting.programme.impact.internal.ProgrammeDashboards;
import id.canting.shared.Actor;

/**
 * The programme dashboard of a year with two test programmes: a technical assistance of Rp1 bn with
 * two Jawa Tengah beneficiaries (Rp100 M approved and Rp80 M realised, Rp200 M approved) and a prison
 * assistance of Rp500 M with one prison unit (Rp50 M approved and realised) and one application still
 * submitted. Committed Rp350 M = 23.3 % of Rp1.5 bn; realised Rp130 M = 8.7 % (130 / 1,500 = 8.67).
 */
@CantingTest
@Transactional
class ProgrammeDashboardTest {

	static final String YEAR = Integer.toString(ProgrammeTestData.YEAR);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ProgrammeTestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeDashboards dashboards;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	ApplicationContext context;

	long womenOwners;
	String prisonProvince;

	@BeforeEach
	void twoProgrammesWithThreeBeneficiaries() {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		long jateng = data.ikmOf("33", "REGULAR", 1, ownerIkm).get(0);
		long prison = jdbc.sql("select min(id) from ikm where kind = 'PRISON_UNIT' and status = 'ACTIVE'")
			.query(Long.class).single();
		prisonProvince = jdbc.sql("select province_code from ikm where id = ?").param(prison).query(String.class).single();
		womenOwners = jdbc.sql("select count(*) from ikm where id in (?, ?, ?) and owner_gender = 'FEMALE'")
			.param(ownerIkm).param(jateng).param(prison).query(Long.class).single();
		data.openProgramme("UJI-DASBOR-A", ProgrammeType.TECHNICAL_ASSISTANCE, 1_000_000_000L, 10);
		data.openProgramme("UJI-DASBOR-B", ProgrammeType.PRISON_ASSISTANCE, 500_000_000L, 5);
		data.beneficiary("UJI-DASBOR-A", ownerIkm, 100_000_000L, 80_000_000L);
		data.beneficiary("UJI-DASBOR-A", jateng, 200_000_000L, null);
		data.beneficiary("UJI-DASBOR-B", prison, 50_000_000L, 50_000_000L);
		data.submitted("UJI-DASBOR-B", data.ikmOf("33", "REGULAR", 2, ownerIkm).get(1), 20_000_000L);
	}

	@Test
	void theApiGivesBudgetCommittedRealisedAndBeneficiariesOfTheYear() throws Exception {
		mvc.perform(get("/api/v1/programmes/dashboard?year=" + YEAR).with(logins.as("officer.35")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(ProgrammeTestData.YEAR))
			.andExpect(jsonPath("$.programmes.length()").value(2))
			.andExpect(jsonPath("$.programmes[0].code").value("UJI-DASBOR-A"))
			.andExpect(jsonPath("$.programmes[0].beneficiaries").value(2))
			.andExpect(jsonPath("$.programmes[0].money.committedIdr").value(300_000_000))
			.andExpect(jsonPath("$.programmes[0].money.realisedIdr").value(80_000_000))
			.andExpect(jsonPath("$.programmes[0].money.committedPercent").value(30.0))
			.andExpect(jsonPath("$.programmes[0].money.absorptionPercent").value(8.0))
			.andExpect(jsonPath("$.programmes[1].money.absorptionPercent").value(10.0))
			.andExpect(jsonPath("$.total.budgetIdr").value(1_500_000_000L))
			.andExpect(jsonPath("$.total.committedIdr").value(350_000_000))
			.andExpect(jsonPath("$.total.realisedIdr").value(130_000_000))
			.andExpect(jsonPath("$.total.committedPercent").value(23.3))
			.andExpect(jsonPath("$.total.absorptionPercent").value(8.7))
			.andExpect(jsonPath("$.beneficiaries").value(3))
			.andExpect(jsonPath("$.byType[0].key").value("TECHNICAL_ASSISTANCE"))
			.andExpect(jsonPath("$.byType[0].beneficiaries").value(2))
			.andExpect(jsonPath("$.byType[1].key").value("PRISON_ASSISTANCE"))
			.andExpect(jsonPath("$.womenOwners.count").value(womenOwners))
			.andExpect(jsonPath("$.womenOwners.of").value(3))
			.andExpect(jsonPath("$.prisonUnitsReached").value(1))
			.andExpect(jsonPath("$.participation").isEmpty());
		ProgrammeDashboard dashboard = dashboards.dashboard(Actor.SYSTEM, ProgrammeTestData.YEAR);
		long inJateng = prisonProvince.equals("33") ? 3 : 2;
		assertThat(dashboard.byProvince()).filteredOn(c -> c.key().equals("33"))
			.singleElement().satisfies(c -> {
				assertThat(c.name()).isEqualTo("Jawa Tengah");
				assertThat(c.beneficiaries()).isEqualTo(inJateng);
			});
	}

	@Test
	void onlyAdminsAndOfficersSeeTheDashboard() throws Exception {
		for (String user : List.of("owner", "assessor", "buyer")) {
			mvc.perform(get("/api/v1/programmes/dashboard").with(logins.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/programmes/dashboard").with(logins.as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/programmes/dashboard")).andExpect(status().isUnauthorized());
		mvc.perform(get("/programmes/dashboard")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/programmes/dashboard?year=1999").with(logins.as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void withoutAYearItShowsTheLatestYearWithProgrammesNotInTheFuture() throws Exception {
		// the demo's open call is of this year; the test programmes of a later year are left out
		mvc.perform(get("/api/v1/programmes/dashboard").with(logins.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear()))
			.andExpect(jsonPath("$.years[0]").value(ProgrammeTestData.YEAR));
	}

	@Test
	void thePageDrawsEachChartFromItsTableAndLinksEveryProgrammesImpact() throws Exception {
		String html = mvc.perform(get("/programmes/dashboard?year=" + YEAR).with(logins.as("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#table-money tbody tr").eachAttr("data-programme"))
			.containsExactly("UJI-DASBOR-A", "UJI-DASBOR-B");
		assertThat(page.select("#table-money tbody tr").first().attr("data-values"))
			.isEqualTo("1000000000,300000000,80000000");
		assertThat(page.select("[data-chart-for=table-money]").attr("data-chart-type")).isEqualTo("bars");
		assertThat(page.select("[data-chart-for=table-beneficiary-province]")).hasSize(1);
		assertThat(page.select("[data-chart-for=table-beneficiary-type]")).hasSize(1);
		assertThat(page.select("#money-total td").eachText()).contains("Rp1.500.000.000", "23,3 %", "8,7 %");
		assertThat(page.select("#figure-prison-units .value").text()).isEqualTo("1");
		assertThat(page.select("#figure-beneficiaries .value").text()).isEqualTo("3");
		assertThat(page.select("#table-money a[href$='/impact']").eachAttr("href"))
			.containsExactly("/programmes/UJI-DASBOR-A/impact", "/programmes/UJI-DASBOR-B/impact");
		assertThat(page.select("#participation")).isEmpty();
		assertThat(page.select("#nav-programme-dashboard")).hasSize(1);
		String officer = mvc.perform(get("/programmes").with(logins.as("owner"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(officer).select("#nav-programme-dashboard")).isEmpty();
	}

	@Test
	void theParticipantSectionRendersWhenItsFiguresArePresent() {
		ProgrammeDashboard dashboard = dashboards.dashboard(Actor.SYSTEM, ProgrammeTestData.YEAR);
		assertThat(participation(dashboard)).isBlank();
		String html = participation(dashboard.withParticipation(
				new ProgrammeDashboard.Participation(40, 25, 3, Instant.parse("2024-10-01T03:00:00Z"))));
		Document section = Jsoup.parse(html);
		assertThat(section.select("#figure-participants .value").text()).isEqualTo("40");
		assertThat(section.select("#figure-women-participants .value").text()).isEqualTo("25");
		assertThat(section.select("#figure-women-participants .label").text()).contains("62,5 %");
		assertThat(section.select("#figure-participant-prison-units .value").text()).isEqualTo("3");
		assertThat(section.text()).contains("1 Oktober 2024");
	}

	private String participation(ProgrammeDashboard dashboard) {
		Locale indonesian = Locale.forLanguageTag("id");
		Context page = new Context(indonesian);
		page.setVariable("dashboard", dashboard);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, new DefaultConversionService()));
		// the page's dates follow the request's language, as a request would set it
		LocaleContextHolder.setLocale(indonesian);
		try {
			return templates.process("programme/dashboard", Set.of("participation"), page);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
