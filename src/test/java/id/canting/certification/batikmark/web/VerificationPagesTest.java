package id.canting.certification.batikmark.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.VerifyFixtures;
import id.canting.registry.Technique;

/** The verification pages and the register page, anonymous, in Indonesian and English. */
@CantingTest
@Transactional
class VerificationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	VerifyFixtures fixtures;

	@Test
	void theQrAddressSaysVerifiedByQrAndAWrongCodeSaysSo() throws Exception {
		Certificate c = fixtures.active("Halaman Uji", Technique.TULIS);
		mvc.perform(get("/v/{n}", c.number()).param("c", c.verificationCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verified-by-qr\"")))
			.andExpect(content().string(containsString("verdict ok")))
			.andExpect(content().string(containsString("Terverifikasi lewat QR")))
			.andExpect(content().string(containsString("Emas (batik tulis)")));
		mvc.perform(get("/v/{n}", c.number()).param("c", "WRONGWRONGWRONGWRONG").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"verified-by-qr\""))))
			.andExpect(content().string(containsString("id=\"verify-code-mismatch\"")))
			.andExpect(content().string(containsString("does not belong to this certificate")));
	}

	@Test
	void aQrWhoseCodeIsNotTheCertificatesShowsTheLabelCannotBeConfirmedNotTheGreenVerdict() throws Exception {
		Certificate c = fixtures.active("Tiruan Halaman", Technique.TULIS);
		mvc.perform(get("/v/{n}", c.number()).param("c", "WRONGWRONGWRONGWRONG"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("verdict ok"))))
			.andExpect(content().string(containsString("verdict bad")))
			.andExpect(content().string(containsString("data-verdict=\"UNCONFIRMED\"")))
			.andExpect(content().string(containsString("Label ini tidak dapat dipastikan: mungkin tiruan")))
			.andExpect(content().string(not(containsString("id=\"verified-by-qr\""))));
		mvc.perform(get("/v/{n}", c.number()).param("c", "WRONGWRONGWRONGWRONG").param("lang", "en"))
			.andExpect(content().string(containsString("This label cannot be confirmed: it may be a copy")))
			.andExpect(content().string(containsString("Status of the certificate whose number the label shows: "
					+ "Valid Batikmark certificate")));
		mvc.perform(get("/v/{n}", c.number()).param("c", c.verificationCode()))
			.andExpect(content().string(containsString("verdict ok")))
			.andExpect(content().string(containsString("data-verdict=\"VALID\"")));
	}

	@Test
	void revokedAndExpiredAreRedWithTheDate() throws Exception {
		Certificate revoked = fixtures.revoked("Merah Uji");
		Certificate expired = fixtures.expired("Lawas Uji");
		mvc.perform(get("/v/{n}", revoked.number()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("verdict bad")))
			.andExpect(content().string(containsString("Revoked: this label is no longer valid")))
			.andExpect(content().string(containsString("id=\"verify-status-date\"")));
		mvc.perform(get("/v/{n}", expired.number()).param("lang", "id"))
			.andExpect(content().string(containsString("verdict bad")))
			.andExpect(content().string(containsString("Kedaluwarsa pada")));
	}

	@Test
	void theSearchBoxFindsATypedNumberAndExplainsUnknownAndMalformedOnes() throws Exception {
		Certificate c = fixtures.active("Ketik Uji", Technique.CAP);
		mvc.perform(get("/verify")).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"verify-form\"")));
		mvc.perform(get("/verify").param("number", " " + c.number().toLowerCase() + " "))
			.andExpect(redirectedUrl("/v/" + c.number()));
		mvc.perform(get("/verify").param("number", "12345").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("BMI-YYYY-NNNNN")));
		mvc.perform(get("/v/BMI-2099-99998").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No Batikmark certificate has the number BMI-2099-99998")));
		mvc.perform(get("/v/nonsense")).andExpect(status().isBadRequest());
	}

	@Test
	void theRegisterPageListsAndFilters() throws Exception {
		Certificate c = fixtures.active("Daftaruji Sogan", Technique.KOMBINASI);
		mvc.perform(get("/certificates").param("q", "daftaruji").param("technique", "KOMBINASI"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.number())))
			.andExpect(content().string(containsString("Daftaruji Sogan")));
		mvc.perform(get("/certificates").param("q", "daftaruji").param("status", "REVOKED").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(c.number()))));
	}
}
