package id.canting.registry.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.ApiDocumentCheck;
import id.canting.CantingTest;
import id.canting.registry.Gender;
import id.canting.registry.IkmFilter;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.SizeClass;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/** The public catalogue never shows personal data (UU 27/2022), checked over the whole demo dataset. */
@CantingTest
class PublicCatalogueTest {

	static final Set<String> PUBLIC_FIELDS = Set.of("id", "name", "regencyCode", "regencyName", "provinceCode",
			"provinceName", "sentraId", "sentraName", "kind", "techniques", "categories");
	static final Pattern NIB = Pattern.compile("\\b\\d{13}\\b");
	static final Pattern PHONE = Pattern.compile("\\b08\\d{8,11}\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RegistryQueries queries;

	@Test
	void theCatalogueApiListsEveryPublicIkmWithoutAnyPersonalField() throws Exception {
		List<Map<String, Object>> all = new ArrayList<>();
		int totalPages = 1;
		for (int page = 0; page < totalPages; page++) {
			String body = mvc.perform(get("/api/v1/catalogue/ikm").param("size", "200").param("page", String.valueOf(page)))
				.andReturn().getResponse().getContentAsString();
			assertThat(body).doesNotContain("ownerName", "phone", "email", "nib", "@");
			assertThat(NIB.matcher(body).find()).as("a 13-digit number (NIB) in page " + page).isFalse();
			assertThat(PHONE.matcher(body).find()).as("a phone number in page " + page).isFalse();
			@SuppressWarnings("unchecked")
			Map<String, Object> parsed = json.readValue(body, Map.class);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> content = (List<Map<String, Object>>) parsed.get("content");
			content.forEach(item -> assertThat(item.keySet()).isSubsetOf(PUBLIC_FIELDS));
			all.addAll(content);
			totalPages = ((Number) ((Map<?, ?>) parsed.get("page")).get("totalPages")).intValue();
		}
		long publicIkm = jdbc.sql("select count(*) from ikm where status = 'ACTIVE' and verification = 'VERIFIED'")
			.query(Long.class).single();
		assertThat(all).hasSize((int) publicIkm);
		assertThat(publicIkm).isGreaterThan(4000);
	}

	@Test
	void theCataloguePagesShowNoPersonalData() throws Exception {
		for (int page = 0; page < 5; page++) {
			String html = mvc.perform(get("/catalogue").param("page", String.valueOf(page))).andReturn().getResponse()
				.getContentAsString();
			String text = Jsoup.parse(html).text();
			assertThat(NIB.matcher(text).find()).isFalse();
			assertThat(PHONE.matcher(text).find()).isFalse();
			assertThat(text).doesNotContain("@");
		}
		long owned = jdbc.sql("select min(id) from ikm where status = 'ACTIVE' and verification = 'VERIFIED' and phone is not null")
			.query(Long.class).single();
		String phone = jdbc.sql("select phone from ikm where id = ?").param(owned).query(String.class).single();
		String owner = jdbc.sql("select owner_name from ikm where id = ?").param(owned).query(String.class).single();
		String detail = Jsoup.parse(mvc.perform(get("/catalogue/" + owned)).andReturn().getResponse().getContentAsString()).text();
		assertThat(detail).doesNotContain(phone, owner);
	}

	@Test
	void theCatalogueSearchLooksAtNamesOnlySoItCannotRevealOwners() throws Exception {
		String owner = jdbc.sql("select owner_name from ikm where status = 'ACTIVE' and verification = 'VERIFIED' order by id limit 1")
			.query(String.class).single();
		String nib = jdbc.sql("select nib from ikm where status = 'ACTIVE' and verification = 'VERIFIED' and nib is not null order by id limit 1")
			.query(String.class).single();
		String byNib = mvc.perform(get("/api/v1/catalogue/ikm").param("q", nib)).andReturn().getResponse().getContentAsString();
		assertThat(byNib).contains("\"totalElements\":0");
		long namedLikeOwner = jdbc.sql("select count(*) from ikm where lower(name) like ?").param("%" + owner.toLowerCase() + "%")
			.query(Long.class).single();
		if (namedLikeOwner == 0) {
			String byOwner = mvc.perform(get("/api/v1/catalogue/ikm").param("q", owner)).andReturn().getResponse().getContentAsString();
			assertThat(byOwner).contains("\"totalElements\":0");
		}
	}

	@Test
	void theCatalogueCannotBeSortedByNibOrAnythingItDoesNotShow() throws Exception {
		for (String sort : new String[] { "nib", "nib,desc", "workers", "updatedAt", "ownerName", "phone" }) {
			mvc.perform(get("/api/v1/catalogue/ikm").param("sort", sort))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("sort"));
		}
		mvc.perform(get("/api/v1/catalogue/ikm").param("sort", "name,desc")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/catalogue/ikm").param("sort", "regency")).andExpect(status().isOk());
		// the page has no sort: whatever is asked, it lists in its default order
		List<String> byDefault = Jsoup.parse(mvc.perform(get("/catalogue")).andReturn().getResponse().getContentAsString())
			.select("a[href^=/catalogue/]").eachAttr("href");
		String asked = mvc.perform(get("/catalogue").param("sort", "nib,desc")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(byDefault).hasSizeGreaterThan(1);
		assertThat(Jsoup.parse(asked).select("a[href^=/catalogue/]").eachAttr("href")).isEqualTo(byDefault);
	}

	@Test
	void theCatalogueCannotBeFilteredByAPersonalField() throws Exception {
		String all = mvc.perform(get("/api/v1/catalogue/ikm").param("province", "33")).andReturn().getResponse()
			.getContentAsString();
		String nib = jdbc.sql("""
				select nib from ikm where status = 'ACTIVE' and verification = 'VERIFIED' and province_code = '33'
				and nib is not null order by id limit 1""").query(String.class).single();
		// parameters the registry knows for signed-in staff are not filters of the public catalogue
		mvc.perform(get("/api/v1/catalogue/ikm").param("province", "33").param("ownerGender", "FEMALE")
				.param("sizeClass", "MENENGAH").param("nib", nib).param("status", "INACTIVE")
				.with(ApiDocumentCheck.offTheDocument()))
			.andExpect(status().isOk())
			.andExpect(content().string(all));
		// and the facade ignores them even when a caller passes them
		var filter = new IkmFilter("33", null, null, null, null, null, null, RecordStatus.INACTIVE, null, SizeClass.MENENGAH,
				Gender.FEMALE);
		assertThat(queries.catalogue(filter, new PageRequest(0, 1, "name", true)).page().totalElements())
			.isEqualTo(queries.catalogue(new IkmFilter("33", null, null, null, null, null, null, null, null),
					new PageRequest(0, 1, "name", true)).page().totalElements());
		assertThatThrownBy(() -> queries.catalogue(new IkmFilter(null, null, null, null, null, null, null, null, null),
				new PageRequest(0, 1, "nib", true)))
			.isInstanceOf(InvalidInputException.class);
	}
}
