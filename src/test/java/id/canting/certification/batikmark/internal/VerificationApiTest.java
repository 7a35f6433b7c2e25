package id.canting.certification.batikmark.internal;

import static id.canting.ApiDocumentCheck.offTheDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.registry.Technique;

/**
 * The public verification API and register, without login: each status, right and wrong codes,
 * unknown and malformed numbers, the revocation list, filters; and no personal data anywhere.
 */
@CantingTest
@Transactional
class VerificationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VerifyFixtures fixtures;

	@Test
	void anActiveCertificateWithItsCodeIsVerifiedByQr() throws Exception {
		Certificate c = fixtures.active("Sekar Jagad Uji", Technique.TULIS);
		mvc.perform(get("/api/v1/verify/{n}", c.number()).param("c", c.verificationCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(c.number()))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.technique").value("TULIS"))
			.andExpect(jsonPath("$.labelColour").value("GOLD"))
			.andExpect(jsonPath("$.brand").value("Sekar Jagad Uji"))
			.andExpect(jsonPath("$.ikmName").value(c.ikmName()))
			.andExpect(jsonPath("$.regency").isNotEmpty())
			.andExpect(jsonPath("$.validUntil").value(c.validUntil().toString()))
			.andExpect(jsonPath("$.verifiedByCode").value(true))
			.andExpect(jsonPath("$.codeMismatch").value(false));
	}

	@Test
	void aTypedNumberShowsTheStatusAndAWrongCodeIsSaidWithoutLeakingTheRightOne() throws Exception {
		Certificate c = fixtures.active("Parang Uji", Technique.CAP);
		mvc.perform(get("/api/v1/verify/{n}", c.number().toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.labelColour").value("WHITE"))
			.andExpect(jsonPath("$.verifiedByCode").value(false))
			.andExpect(jsonPath("$.codeMismatch").value(false));
		mvc.perform(get("/api/v1/verify/{n}", c.number()).param("c", "AAAAAAAAAAAAAAAAAAAA"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verifiedByCode").value(false))
			.andExpect(jsonPath("$.codeMismatch").value(true))
			.andExpect(content().string(not(containsString(c.verificationCode()))));
	}

	@Test
	void aQrCodeThatIsNotTheCertificatesGivesTheUnconfirmedVerdictNotValid() throws Exception {
		Certificate c = fixtures.active("Tiruan Uji", Technique.TULIS);
		Certificate revoked = fixtures.revoked("Tiruan Cabut");
		mvc.perform(get("/api/v1/verify/{n}", c.number()).param("c", "WRONGWRONGWRONGWRONG"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("UNCONFIRMED"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.status").value("ACTIVE")) // the certificate itself is still in force
			.andExpect(jsonPath("$.codeMismatch").value(true));
		mvc.perform(get("/api/v1/verify/{n}", revoked.number()).param("c", "WRONGWRONGWRONGWRONG"))
			.andExpect(jsonPath("$.verdict").value("UNCONFIRMED"))
			.andExpect(jsonPath("$.valid").value(false));
		mvc.perform(get("/api/v1/verify/{n}", c.number()).param("c", c.verificationCode()))
			.andExpect(jsonPath("$.verdict").value("VALID"))
			.andExpect(jsonPath("$.valid").value(true));
		mvc.perform(get("/api/v1/verify/{n}", c.number()))
			.andExpect(jsonPath("$.verdict").value("VALID"));
		mvc.perform(get("/api/v1/verify/{n}", revoked.number()).param("c", revoked.verificationCode()))
			.andExpect(jsonPath("$.verdict").value("NOT_VALID"))
			.andExpect(jsonPath("$.valid").value(false));
	}

	@Test
	void suspendedRevokedAndExpiredCertificatesAreNotValidAndSayWhen() throws Exception {
		Certificate suspended = fixtures.suspended("Kawung Beku");
		Certificate revoked = fixtures.revoked("Truntum Cabut");
		Certificate expired = fixtures.expired("Lereng Lawas");
		mvc.perform(get("/api/v1/verify/{n}", suspended.number()).param("c", suspended.verificationCode()))
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.statusChangedOn").value(suspended.statusChangedOn().toString()));
		mvc.perform(get("/api/v1/verify/{n}", revoked.number()))
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.labelColour").value("SILVER"))
			.andExpect(jsonPath("$.statusChangedOn").value(revoked.statusChangedOn().toString()))
			.andExpect(content().string(not(containsString("tidak lolos")))); // the reason stays internal
		mvc.perform(get("/api/v1/verify/{n}", expired.number()))
			.andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.statusChangedOn").value(expired.validUntil().plusDays(1).toString()));
	}

	@Test
	void anUnknownNumberIsNotFoundAndAMalformedOneNamesTheFormat() throws Exception {
		mvc.perform(get("/api/v1/verify/BMI-2099-99999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("BMI-2099-99999")));
		mvc.perform(get("/api/v1/verify/ABC-123"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("number"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(CertificateNumber.FORMAT)));
	}

	@Test
	void theRevocationListHasEveryStatusChangeSinceADay() throws Exception {
		Certificate revoked = fixtures.revoked("Sido Mukti Cabut");
		Certificate active = fixtures.active("Masih Berlaku", Technique.CAP);
		mvc.perform(get("/api/v1/verify/revoked").param("since", revoked.statusChangedOn().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").isNotEmpty())
			.andExpect(jsonPath("$.certificates[*].number", hasItem(revoked.number())))
			.andExpect(jsonPath("$.certificates[*].number", not(hasItem(active.number()))))
			.andExpect(jsonPath("$.certificates[?(@.number == '" + revoked.number() + "')].status").value("REVOKED"));
		mvc.perform(get("/api/v1/verify/revoked").param("since", revoked.statusChangedOn().plusDays(1).toString()))
			.andExpect(jsonPath("$.certificates[*].number", not(hasItem(revoked.number()))));
		mvc.perform(get("/api/v1/verify/revoked").param("since", "kemarin").with(offTheDocument())).andExpect(status().isBadRequest());
	}

	@Test
	void theRegisterFiltersByStatusTechniqueAndText() throws Exception {
		Certificate gold = fixtures.active("Registeruji Emas", Technique.TULIS);
		Certificate revoked = fixtures.revoked("Registeruji Perak");
		mvc.perform(get("/api/v1/certificates").param("q", "registeruji"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(get("/api/v1/certificates").param("q", "registeruji").param("status", "ACTIVE"))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].number").value(gold.number()));
		mvc.perform(get("/api/v1/certificates").param("q", "registeruji").param("technique", "KOMBINASI"))
			.andExpect(jsonPath("$.content[0].number").value(revoked.number()))
			.andExpect(jsonPath("$.content[0].status").value("REVOKED"));
		mvc.perform(get("/api/v1/certificates").param("q", gold.number()))
			.andExpect(jsonPath("$.content[0].brand").value("Registeruji Emas"));
		mvc.perform(get("/api/v1/certificates").param("q", gold.ikmName()).param("province", gold.provinceCode())
			.param("regency", gold.regencyCode()))
			.andExpect(jsonPath("$.content[*].number", hasItem(gold.number())));
		mvc.perform(get("/api/v1/certificates").param("status", "NOPE").with(offTheDocument())).andExpect(status().isBadRequest());
	}

	@Test
	void noPublicAnswerCarriesTheOwnersPersonalData() throws Exception {
		Certificate c = fixtures.revoked("Privasi Uji");
		Certificate a = fixtures.active("Privasi Aktif", Technique.TULIS);
		java.util.List<String> personal = fixtures.personalData();
		assertThat(personal).isNotEmpty();
		for (String url : java.util.List.of("/api/v1/verify/" + c.number(), "/api/v1/verify/" + a.number() + "?c=" + a.verificationCode(),
				"/api/v1/verify/revoked", "/api/v1/certificates?q=privasi", "/v/" + a.number() + "?c=" + a.verificationCode(),
				"/v/" + c.number(), "/certificates?q=privasi")) {
			String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(body).as(url).contains(c.number().substring(0, 4));
			for (String value : personal) {
				assertThat(body).as(url).doesNotContainIgnoringCase(value);
			}
			if (url.startsWith("/api/v1/certificates") || url.contains("revoked")) {
				assertThat(body).as(url).doesNotContain(a.verificationCode());
			}
		}
	}
}
