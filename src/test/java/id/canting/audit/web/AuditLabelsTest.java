package id.canting.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A changed value in the history reads as its record shows it: labels, not codes; WIB dates, not ISO. */
class AuditLabelsTest {

	AuditLabels labels;

	@BeforeEach
	void bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		labels = new AuditLabels(messages);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aCodeShowsItsLabel() {
		assertThat(labels.value("role", "IKM_OWNER")).isEqualTo("Pemilik IKM");
		assertThat(labels.value("documentKind", "TRADEMARK_PROOF")).isNotEqualTo("TRADEMARK_PROOF").isNotBlank();
		// a kind only programme documents have is found under the programme's labels
		assertThat(labels.value("documentKind", "VISIT_REPORT")).isEqualTo("Berita acara kunjungan");
	}

	@Test
	void aSetOfCodesShowsTheirLabels() {
		assertThat(labels.value("techniques", "[CAP, TULIS]")).doesNotContain("[", "CAP", "TULIS").contains(", ");
	}

	@Test
	void daysMomentsAndAmountsAreWrittenAsEveryPageWritesThem() {
		assertThat(labels.value("visitedOn", "2026-12-06")).isEqualTo("6 Desember 2026");
		assertThat(labels.value("expiresAt", "2026-12-05T20:18:00Z")).isEqualTo("6 Desember 2026 03:18 WIB");
		assertThat(labels.value("pnbpIdr", "2500000")).isEqualTo("Rp2.500.000");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(labels.value("enabled", "false")).isEqualTo("no");
		assertThat(labels.value("labResult", "FAIL")).isEqualTo("Fail");
	}

	@Test
	void otherValuesAreShownAsTheyAre() {
		assertThat(labels.value("name", "Batik Sekar Jagad")).isEqualTo("Batik Sekar Jagad");
		assertThat(labels.value("role", "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
		assertThat(labels.value("email", null)).isNull();
	}
}
