package id.canting.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.account.AccountPrincipal;
import id.canting.account.LoginService;

@CantingTest
@Transactional
class AccountPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LoginService login;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theUsersPageListsEveryAccountWithRoleAndScope() throws Exception {
		Document page = page(as("admin", get("/admin/users")));
		assertThat(page.select("table#users tbody tr")).hasSize((int) count("select count(*) from user_account"));
		assertThat(page.select("#user-officer\\.33 td").get(0).text()).isEqualTo("officer.33");
		assertThat(page.select("#user-officer\\.33 td").get(3).text()).containsIgnoringCase("Jawa Tengah");
		assertThat(page.select("#new-user").attr("href")).isEqualTo("/admin/users/new");
	}

	@Test
	void anOwnersScopeNamesTheirIkmWithALinkNotItsNumber() throws Exception {
		var ikm = jdbc.sql("""
				select i.id, i.name from ikm i join user_ikm ui on ui.ikm_id = i.id
				join user_account u on u.id = ui.user_account_id where u.username = 'owner' order by i.name, i.id""")
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
		assertThat(ikm).isNotEmpty();
		for (Document page : List.of(page(as("admin", get("/admin/users"))), page(as("owner", get("/profile"))))) {
			var scope = page.select("#user-owner td").isEmpty() ? page.select("#profile-scope")
					: page.select("#user-owner td").eq(3);
			assertThat(scope.select("a").eachAttr("href"))
				.containsExactlyElementsOf(ikm.stream().map(i -> "/ikm/" + i.getKey()).toList());
			assertThat(scope.select("a").eachText()).containsExactlyElementsOf(ikm.stream().map(i -> i.getValue()).toList());
			assertThat(scope.text()).doesNotContain("id " + ikm.get(0).getKey());
		}
	}

	@Test
	void onlyAnAdminReachesTheAccountPages() throws Exception {
		mvc.perform(as("officer.33", get("/admin/users"))).andExpect(status().isForbidden());
		mvc.perform(as("owner", get("/admin/users/new"))).andExpect(status().isForbidden());
	}

	@Test
	void aBadCreateFormShowsEveryErrorNextToItsFieldAndSavesNothing() throws Exception {
		long before = count("select count(*) from user_account");
		Document page = page(as("admin", post("/admin/users").with(csrf()).param("username", "Petugas Baru!")
			.param("displayName", "").param("role", "IKM_OWNER").param("ikmIds", "12, dua")
			.param("password", "pendek")));
		assertThat(page.select("#username-error").text()).isNotEmpty();
		assertThat(page.select("#displayName-error").text()).isNotEmpty();
		assertThat(page.select("#ikmIds-error").text()).contains("dua");
		assertThat(page.select("#password-error").text()).isNotEmpty();
		assertThat(page.select("input#password").val()).isEmpty();
		assertThat(page.select("input#ikmIds").val()).isEqualTo("12, dua");
		assertThat(count("select count(*) from user_account")).isEqualTo(before);
	}

	@Test
	void aCommonPasswordAndATakenUsernameAreShownInline() throws Exception {
		Document page = page(as("admin", post("/admin/users").with(csrf()).param("username", "officer.33")
			.param("displayName", "Petugas").param("role", "OFFICER").param("provinceCode", "33")
			.param("password", "1q2w3e4r5t6y")));
		assertThat(page.select("#password-error").text()).isNotEmpty();
		page = page(as("admin", post("/admin/users").with(csrf()).param("username", "officer.33")
			.param("displayName", "Petugas").param("role", "OFFICER").param("provinceCode", "33")
			.param("password", "sekar-jagad-yogya-2024")));
		assertThat(page.select("#username-error").text()).isNotEmpty();
	}

	@Test
	void anAdminCreatesEditsAndDisablesAnAccount() throws Exception {
		mvc.perform(as("admin", post("/admin/users").with(csrf()).param("username", "officer.page")
			.param("displayName", "Petugas Halaman").param("role", "OFFICER").param("provinceCode", "32")
			.param("enabled", "true").param("password", "sekar-jagad-yogya-2024")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("notice", "users.notice.created"));
		long id = count("select id from user_account where username = 'officer.page'");

		Document edit = page(as("admin", get("/admin/users/" + id + "/edit")));
		assertThat(edit.select("input#version").val()).isEqualTo("0");
		assertThat(edit.select("#provinceCode option[selected]").val()).isEqualTo("32");
		assertThat(edit.select("#provinceCode option")).hasSize(39);
		assertThat(edit.select("input#username")).isEmpty();
		assertThat(edit.select("form#password-reset-form")).hasSize(1);

		// an unticked checkbox sends only Spring's marker field
		mvc.perform(as("admin", post("/admin/users/" + id).with(csrf()).param("displayName", "Petugas Halaman")
			.param("role", "OFFICER").param("provinceCode", "32").param("_enabled", "on").param("version", "0")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "users.notice.saved"));
		assertThat(jdbc.sql("select enabled from user_account where id = ?").param(id).query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void editingAStaleVersionShowsTheConflictAndChangesNothing() throws Exception {
		long id = count("select id from user_account where username = 'officer.35'");
		Document page = page(as("admin", post("/admin/users/" + id).with(csrf()).param("displayName", "Nama Baru")
			.param("role", "OFFICER").param("provinceCode", "35").param("enabled", "true").param("version", "7")));
		assertThat(page.select(".form-errors li")).hasSize(1);
		assertThat(page.select("input#displayName").val()).isEqualTo("Nama Baru");
		assertThat(jdbc.sql("select display_name from user_account where id = ?").param(id).query(String.class).single())
			.isNotEqualTo("Nama Baru");
	}

	@Test
	void anOfficerNeedsAProvinceOnTheEditForm() throws Exception {
		long id = count("select id from user_account where username = 'buyer'");
		Document page = page(as("admin", post("/admin/users/" + id).with(csrf()).param("displayName", "Pembeli")
			.param("role", "OFFICER").param("provinceCode", "").param("enabled", "true").param("version", "0")));
		assertThat(page.select("#provinceCode-error").text()).isNotEmpty();
		assertThat(page.select(".form-errors li")).isEmpty();
	}

	@Test
	void aPasswordResetIsCheckedInlineThenApplied() throws Exception {
		long id = count("select id from user_account where username = 'buyer'");
		Document page = page(as("admin", post("/admin/users/" + id + "/password").with(csrf()).param("password", "pendek")));
		assertThat(page.select("form#password-reset-form #password-error").text()).isNotEmpty();
		assertThat(page.select("input#displayName").val()).isNotEmpty();
		mvc.perform(as("admin", post("/admin/users/" + id + "/password").with(csrf())
			.param("password", "kawung-picis-2024-baru")))
			.andExpect(redirectedUrl("/admin/users/" + id + "/edit"))
			.andExpect(flash().attribute("notice", "users.notice.password-reset"));
		assertThat(login.authenticate("buyer", "kawung-picis-2024-baru", "127.0.0.1").getUsername()).isEqualTo("buyer");
	}

	@Test
	void theProfileShowsWhoIAmAndMyForms() throws Exception {
		Document page = page(as("officer.33", get("/profile")));
		assertThat(page.select("#profile-username").text()).isEqualTo("officer.33");
		assertThat(page.select("#profile-scope").text()).containsIgnoringCase("Jawa Tengah");
		assertThat(page.select("form#password-form input[type=password]")).hasSize(3);
		assertThat(page.select("form#password-form input[name=_csrf]")).hasSize(1);
		assertThat(page.select("form#token-form input#name")).hasSize(1);
	}

	@Test
	void aMismatchedRepeatIsShownOnTheRepeatField() throws Exception {
		Document page = page(as("buyer", post("/profile/password").with(csrf()).param("currentPassword", "canting-demo")
			.param("newPassword", "tujuh-rupa-pekalongan").param("repeatPassword", "tujuh-rupa-pekalongn")));
		assertThat(page.select("#repeatPassword-error").text()).isNotEmpty();
		assertThat(page.select("#newPassword-error")).isEmpty();
		assertThat(page.select("input#newPassword").val()).isEmpty();
		assertThat(login.authenticate("buyer", "canting-demo", "127.0.0.1").getUsername()).isEqualTo("buyer");
	}

	@Test
	void aWrongCurrentPasswordIsShownOnItsFieldAndAValidChangeApplies() throws Exception {
		Document page = page(as("buyer", post("/profile/password").with(csrf()).param("currentPassword", "bukan-ini-sandi")
			.param("newPassword", "tujuh-rupa-pekalongan").param("repeatPassword", "tujuh-rupa-pekalongan")));
		assertThat(page.select("#currentPassword-error").text()).isNotEmpty();
		mvc.perform(as("buyer", post("/profile/password").with(csrf()).param("currentPassword", "canting-demo")
			.param("newPassword", "tujuh-rupa-pekalongan").param("repeatPassword", "tujuh-rupa-pekalongan")))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("notice", "profile.notice.password-changed"));
		assertThat(login.authenticate("buyer", "tujuh-rupa-pekalongan", "127.0.0.1").getUsername()).isEqualTo("buyer");
	}

	@Test
	void aNewTokenIsShownOnceListedAndCanBeRevoked() throws Exception {
		Document created = page(as("owner", post("/profile/tokens").with(csrf()).param("name", "Ekspor laporan")));
		String value = created.select("#new-token-value").text();
		assertThat(value).hasSizeGreaterThan(40);
		assertThat(created.select("input#name").val()).isEmpty();

		Document later = page(as("owner", get("/profile")));
		assertThat(later.html()).doesNotContain(value);
		assertThat(later.select("#new-token")).isEmpty();
		long id = count("select max(id) from api_token where name = 'Ekspor laporan'");
		assertThat(later.select("#token-" + id + " td").get(0).text()).isEqualTo("Ekspor laporan");
		assertThat(later.select("#token-" + id + " form button")).hasSize(1);

		mvc.perform(as("owner", post("/profile/tokens/" + id + "/revoke").with(csrf())))
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("notice", "profile.notice.token-revoked"));
		Document revoked = page(as("owner", get("/profile")));
		assertThat(revoked.select("#token-" + id + " form")).isEmpty();
		assertThat(revoked.select("#token-" + id + ".inactive")).hasSize(1);
	}

	@Test
	void aTokenWithoutANameIsRefusedInline() throws Exception {
		Document page = page(as("owner", post("/profile/tokens").with(csrf()).param("name", "  ")));
		assertThat(page.select("#name-error").text()).isNotEmpty();
		assertThat(page.select("#new-token")).isEmpty();
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		page(as("owner", post("/profile/tokens").with(csrf()).param("name", "milik pemilik")));
		long id = count("select max(id) from api_token where name = 'milik pemilik'");
		mvc.perform(as("buyer", post("/profile/tokens/" + id + "/revoke").with(csrf()))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		AccountPrincipal principal = login.authenticate(username, ApiCalls.DEMO_PASSWORD, "127.0.0.1");
		return request.with(user(principal));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}
}
