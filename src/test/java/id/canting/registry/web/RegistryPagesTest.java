package id.canting.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.annotation.Transactional;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;

@CantingTest
@Transactional
class RegistryPagesTest {

	MockMvc mvc;

	@Autowired
	void signIn(WebApplicationContext context, TestLogins logins) {
		mvc = AsUser.mockMvc(context, logins, "admin");
		officer = AsUser.mockMvc(context, logins, "officer.33");
		owner = AsUser.mockMvc(context, logins, "owner");
	}

	MockMvc officer;

	MockMvc owner;

	@Test
	void theProvinceFilterOffersOnlyWhatTheRoleCanFind() throws Exception {
		// an officer finds the IKM of their own province only: no other province to choose
		Document asOfficer = Jsoup.parse(officer.perform(get("/ikm")).andReturn().getResponse().getContentAsString());
		assertThat(asOfficer.select("#filter-province option[value]:not([value=''])")).extracting(e -> e.attr("value"))
			.containsExactly("33");
		assertThat(asOfficer.select("#filter-regency option")).hasSizeGreaterThan(30);
		// an owner finds their own businesses: no province filter at all
		Document asOwner = Jsoup.parse(owner.perform(get("/ikm")).andReturn().getResponse().getContentAsString());
		assertThat(asOwner.select("#filter-province")).isEmpty();
		// the ministry chooses among all
		assertThat(page(get("/ikm")).select("#filter-province option[value]:not([value=''])")).hasSizeGreaterThan(30);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void ikmListFiltersByProvince() throws Exception {
		Document page = page(get("/ikm?province=35"));
		assertThat(page.select("#ikm-count").text()).isEqualTo("1.640 data".replace("1.640", count("35")));
		assertThat(page.select("table.list tbody tr")).hasSize(20);
		assertThat(page.select("#filter-regency option")).hasSizeGreaterThan(30);
		// the pager keeps the filter and changes only the page
		assertThat(page.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/ikm?province=35&page=1");
		assertThat(page.select("nav.pager a[rel=prev]")).isEmpty();
	}

	@Test
	void aRegencyLeftOverFromAnotherProvinceAndAnEmptyProvinceDoNotNarrowTheList() throws Exception {
		// the province select changed from 33 to 35 while the regency 33.75 was still chosen
		assertThat(page(get("/ikm?province=35&regency=33.75")).select("#ikm-count").text())
			.isEqualTo(count("35") + " data");
		long inPekalongan = jdbc.sql("select count(*) from ikm where regency_code = '33.75'").query(Long.class).single();
		assertThat(page(get("/ikm?province=&regency=33.75")).select("#ikm-count").text())
			.isEqualTo(String.format(java.util.Locale.forLanguageTag("id"), "%,d", inPekalongan) + " data");
	}

	@Test
	void aFilterValueThatFitsNoChoiceIsABadRequest() throws Exception {
		mvc.perform(get("/ikm").param("technique", "PRINTING")).andExpect(status().isBadRequest());
		mvc.perform(get("/catalogue").param("kind", "NOPE")).andExpect(status().isBadRequest());
	}

	@Test
	void anHtmxRequestGetsOnlyTheListPart() throws Exception {
		mvc.perform(get("/ikm").param("province", "33").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ikm-browse\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void anInvalidFormShowsEachErrorNextToItsFieldAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from ikm").query(Long.class).single();
		Document page = page(post("/ikm").param("name", "").param("nib", "123").param("ownerName", "Siti")
			.param("ownerGender", "FEMALE").param("regencyCode", "33.75").param("kind", "REGULAR")
			.param("techniques", "TULIS").param("categories", "FABRIC").param("workersMale", "-1")
			.param("workersFemale", "abc").param("investmentIdr", "1000000"));
		assertThat(page.select("#name-error").text()).isEqualTo("wajib diisi");
		assertThat(page.select("#nib-error").text()).isEqualTo("NIB harus tepat 13 angka");
		assertThat(page.select("#workersMale-error").text()).isEqualTo("tidak boleh negatif");
		assertThat(page.select("#workersFemale-error").text()).isEqualTo("harus berupa angka");
		assertThat(page.select("input#nib").val()).isEqualTo("123");
		assertThat(jdbc.sql("select count(*) from ikm").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aValidFormRegistersTheIkmAndShowsIt() throws Exception {
		mvc.perform(post("/ikm").param("name", "Batik Gedhog Kerek").param("ownerName", "Ibu Wati")
			.param("ownerGender", "FEMALE").param("provinceCode", "35").param("regencyCode", "35.23")
			.param("kind", "REGULAR").param("techniques", "TULIS").param("categories", "FABRIC")
			.param("dyes", "NATURAL").param("workersMale", "0").param("workersFemale", "4")
			.param("investmentIdr", "25000000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/ikm/*"))
			.andExpect(flash().attribute("notice", "ikm.notice.created"));
		assertThat(jdbc.sql("select count(*) from ikm where name = 'Batik Gedhog Kerek'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theEditFormShowsTheRecordAndTheSentraOfItsRegency() throws Exception {
		long id = jdbc.sql("select min(id) from ikm where sentra_id is not null").query(Long.class).single();
		Document page = page(get("/ikm/" + id + "/edit"));
		assertThat(page.select("input#version").val()).isEqualTo("0");
		assertThat(page.select("#sentraId option[selected]")).hasSize(1);
		assertThat(page.select("#regencyCode option[selected]")).hasSize(1);
	}

	@Test
	void aSentraPageListsItsMembers() throws Exception {
		long id = jdbc.sql("select min(id) from sentra").query(Long.class).single();
		long members = jdbc.sql("select count(*) from ikm where sentra_id = :id").param("id", id).query(Long.class).single();
		Document page = page(get("/sentra/" + id));
		assertThat(page.select("table.list tbody tr")).hasSize((int) members);
		assertThat(page.select("#few-members")).isEmpty();
	}

	@Test
	void anUnknownIkmGetsAFriendlyNotFoundPage() throws Exception {
		mvc.perform(get("/ikm/999999")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("IKM dengan id 999999 tidak ditemukan.")));
	}

	private String count(String province) {
		long n = jdbc.sql("select count(*) from ikm where province_code = :p").param("p", province).query(Long.class).single();
		return String.format(java.util.Locale.forLanguageTag("id"), "%,d", n);
	}

	private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}
}
